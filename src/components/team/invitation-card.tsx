import type { ReactNode } from "react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { InvitationPreview } from "@/server/services/invitations/get-invitation-preview";
import { AcceptInvitationButton, SignOutToSwitch } from "./accept-invitation-button";
import { ROLE_LABELS, ROLE_SUMMARIES } from "./roles";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

const CLOSED: Record<string, { title: string; text: string }> = {
  invalid: { title: "Invitation not found", text: "This invitation link is not valid. Check that you copied all of it, or ask for a new one." },
  accepted: { title: "Invitation already used", text: "Each invitation link works once. Ask an admin of the organization for a new one." },
  revoked: { title: "Invitation revoked", text: "This invitation was withdrawn. Ask an admin of the organization for a new one." },
  expired: { title: "Invitation expired", text: "Invitation links work for 7 days. Ask an admin of the organization for a new one." },
};

/** The /invite/<token> page: everything it shows comes from the server, only Accept and Sign out are interactive. */
export function InvitationCard({ token, preview }: { token: string; preview: InvitationPreview }) {
  const here = `/invite/${token}`;
  if (preview.state !== "invalid" && preview.viewer?.alreadyMember) {
    return (
      <Message title={`You are a member of ${preview.organizationName}`} text="Nothing to accept: you already have access.">
        <Link href="/dashboard" className={buttonClasses("primary", "w-full")}>
          Go to the dashboard
        </Link>
      </Message>
    );
  }
  if (preview.state !== "pending") {
    const closed = CLOSED[preview.state]!;
    return <Message title={closed.title} text={closed.text}><Link href="/" className={buttonClasses("secondary", "w-full")}>Switchboard home</Link></Message>;
  }

  const wrongAccount = preview.viewer && preview.email && preview.email.toLowerCase() !== preview.viewer.email.toLowerCase();
  return (
    <>
      <p className="text-sm text-zinc-500">You are invited to join</p>
      <h1 className="mt-1 break-words text-xl font-semibold">{preview.organizationName}</h1>
      <p className="mt-3 text-sm">
        as <span className="font-medium" data-testid="invited-role">{ROLE_LABELS[preview.role]}</span>
        <span className="block text-xs text-zinc-500">{ROLE_SUMMARIES[preview.role]}</span>
      </p>
      <p className="mt-3 text-xs text-zinc-500">
        {preview.email ? <>For {preview.email}. </> : null}Valid until {dateFormat.format(preview.expiresAt)}.
      </p>
      <div className="mt-6 space-y-3">
        {!preview.viewer ? (
          <>
            <p className="text-sm text-zinc-600 dark:text-zinc-300">Sign in or create an account to accept.</p>
            <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses("primary", "w-full")}>
              Create an account
            </Link>
            <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses("secondary", "w-full")}>
              Sign in
            </Link>
          </>
        ) : wrongAccount ? (
          <>
            <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">
              This invitation is for {preview.email}, but you are signed in as {preview.viewer.email}. Sign in with {preview.email} to accept it.
            </p>
            <SignOutToSwitch callbackUrl={`/signin?callbackUrl=${encodeURIComponent(here)}`} label="Sign out and switch account" />
          </>
        ) : (
          <>
            <p className="text-sm text-zinc-600 dark:text-zinc-300">Signed in as {preview.viewer.email}.</p>
            <AcceptInvitationButton token={token} />
            <SignOutToSwitch callbackUrl={`/signin?callbackUrl=${encodeURIComponent(here)}`} label="Not you? Sign out" quiet />
          </>
        )}
      </div>
    </>
  );
}

function Message({ title, text, children }: { title: string; text: string; children: ReactNode }) {
  return (
    <>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mb-6 mt-2 text-sm text-zinc-600 dark:text-zinc-300">{text}</p>
      {children}
    </>
  );
}

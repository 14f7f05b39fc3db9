import type { Metadata } from "next";
import { InvitationCard } from "@/components/team/invitation-card";
import { currentUserId } from "@/server/auth/session";
import { getInvitationPreview } from "@/server/services/invitations/get-invitation-preview";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await getInvitationPreview(token, await currentUserId());
  return <InvitationCard token={token} preview={preview} />;
}

"use client";

import Link from "next/link";
import { useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Button } from "@/components/ui/button";
import { DetailSection } from "./detail-list";
import type { RequestLogDetailData } from "./request-log-facts";
import { viewRequestBody, viewResponseBody } from "./retained-body";

const preClasses = "max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-md bg-zinc-100 p-3 font-mono text-xs leading-5 dark:bg-zinc-800";

function CutNote() {
  return <p className="mb-2 text-xs text-amber-700 dark:text-amber-300">Cut at 256 KB: the gateway keeps only the start of larger bodies.</p>;
}

/** The request and response as the gateway saw them, when the project keeps bodies. */
export function RequestLogBodies({ entry }: { entry: RequestLogDetailData }) {
  if (entry.requestBody === null && entry.responseBody === null) {
    return (
      <DetailSection title="Bodies">
        <p className="text-sm text-zinc-600 dark:text-zinc-300" data-testid="bodies-absent">
          {entry.projectRetainsBodies ? (
            "No body was kept for this request: body retention was off when it was made, or it failed before its body was read."
          ) : (
            <>
              Body retention is off for this project.{" "}
              <Link href="/dashboard/settings#body-retention" className="font-medium text-brand-600 hover:underline dark:text-brand-100">
                Turn it on in Settings
              </Link>{" "}
              to keep the request and response of new requests.
            </>
          )}
        </p>
      </DetailSection>
    );
  }
  return (
    <div className="space-y-6">
      <RequestBody body={entry.requestBody} />
      <ResponseBody body={entry.responseBody} />
    </div>
  );
}

function RequestBody({ body }: { body: unknown }) {
  if (body === null) return <DetailSection title="Request body"><p className="text-sm text-zinc-500">Not kept.</p></DetailSection>;
  const view = viewRequestBody(body);
  return (
    <DetailSection title="Request body">
      {view.truncated ? <CutNote /> : null}
      <pre className={preClasses} data-testid="request-body" tabIndex={0} aria-label="Request body">{view.text}</pre>
      <div className="mt-2"><CopyButton text={view.text} label="Copy request body" /></div>
    </DetailSection>
  );
}

function ResponseBody({ body }: { body: string | null }) {
  const [showRaw, setShowRaw] = useState(false);
  if (body === null) return <DetailSection title="Response body"><p className="text-sm text-zinc-500">No response body: the request did not succeed.</p></DetailSection>;
  const view = viewResponseBody(body);
  const shown = view.kind === "sse" && showRaw ? view.raw : view.text;
  return (
    <DetailSection title="Response body">
      {view.truncated ? <CutNote /> : null}
      {view.kind === "sse" ? (
        <p className="mb-2 text-xs text-zinc-500">
          {showRaw ? `The ${view.events} server-sent events as relayed.` : `Streamed: the text of ${view.events} events, joined.`}
        </p>
      ) : null}
      <pre className={preClasses} data-testid="response-body" tabIndex={0} aria-label="Response body">
        {shown || <span className="text-zinc-500">(no text content; see the raw events)</span>}
      </pre>
      <div className="mt-2 flex flex-wrap gap-2">
        <CopyButton text={shown} label="Copy response body" />
        {view.kind === "sse" ? (
          <Button variant="ghost" aria-pressed={showRaw} onClick={() => setShowRaw(!showRaw)} className={showRaw ? "bg-zinc-100 dark:bg-zinc-800" : undefined}>
            Raw events
          </Button>
        ) : null}
      </div>
    </DetailSection>
  );
}

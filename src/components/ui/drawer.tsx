"use client";

import type { ReactNode } from "react";
import { useNativeDialog } from "./use-native-dialog";
import { Button } from "./button";

/**
 * A side panel on the native modal <dialog>, like Dialog: focus moves in and back out, Escape and the backdrop
 * close it, and the page behind cannot be reached meanwhile.
 */
export function Drawer({ open, onClose, title, children, testId }: { open: boolean; onClose: () => void; title: string; children: ReactNode; testId?: string }) {
  const ref = useNativeDialog(open);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      // A click on the backdrop lands on the <dialog> itself; clicks inside land on its children.
      onClick={(event) => event.target === event.currentTarget && onClose()}
      aria-labelledby="drawer-title"
      data-testid={testId}
      className="my-0 mr-0 ml-auto h-dvh max-h-none w-[min(100vw,52rem)] max-w-none border-l border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/40 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
    >
      {open ? (
        <div className="flex min-h-full flex-col">
          <div className="sticky top-0 z-10 flex items-start justify-between gap-4 border-b border-zinc-200 bg-white/95 px-6 py-4 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95">
            <h2 id="drawer-title" className="min-w-0 break-words text-lg font-semibold">
              {title}
            </h2>
            <Button variant="ghost" onClick={onClose} aria-label="Close details" className="px-2">
              <span aria-hidden="true">✕</span>
            </Button>
          </div>
          <div className="flex-1 px-6 py-5">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}

import { Button } from "./button";

type DialogFooterProps = {
  /** Shown above the buttons as an alert; null or empty when there is nothing to say. */
  error?: string | null;
  onCancel: () => void;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** A confirmation's action; without it the confirm button submits the dialog's form. */
  onConfirm?: () => void;
  variant?: "primary" | "danger";
};

/** The end of every dialog: the failure of its action (if any), then Cancel and the action itself. */
export function DialogFooter({ error, onCancel, confirmLabel, pendingLabel, pending, onConfirm, variant = "primary" }: DialogFooterProps) {
  // Inside a form the fields above set the spacing; a confirmation's text needs a margin of its own.
  const inForm = onConfirm === undefined;
  return (
    <>
      {error ? (
        <p role="alert" className={inForm ? "text-sm text-red-600 dark:text-red-400" : "mt-3 text-sm text-red-600 dark:text-red-400"}>
          {error}
        </p>
      ) : null}
      <div className={inForm ? "flex justify-end gap-2 pt-2" : "mt-6 flex justify-end gap-2"}>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type={inForm ? "submit" : "button"} variant={variant} disabled={pending} onClick={onConfirm}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
      </div>
    </>
  );
}

// Turns stored audit rows into short human text. Metadata is free-form JSON written by many services, so this
// never assumes a shape: known patterns read nicely, anything else is still shown, compactly.

const ACTION_LABELS: Record<string, string> = {
  "organization.created": "Organization created",
  "project.created": "Project created",
  "project.renamed": "Project renamed",
  "api_key.created": "API key created",
  "api_key.renamed": "API key renamed",
  "api_key.revoked": "API key revoked",
  "api_key.limits_changed": "API key limits changed",
  "provider_credential.created": "Provider key added",
  "provider_credential.enabled": "Provider key enabled",
  "provider_credential.disabled": "Provider key disabled",
  "provider_credential.deleted": "Provider key deleted",
  "member.invited": "Member invited",
  "member.invite_revoked": "Invitation revoked",
  "member.added": "Member joined",
  "member.role_changed": "Role changed",
  "member.removed": "Member removed",
  "member.left": "Member left",
  "settings.changed": "Settings changed",
  "billing.credits_granted": "Credits granted",
  "billing.credits_adjusted": "Credits adjusted",
  "billing.card_saved": "Card saved",
  "billing.card_removed": "Card removed",
  "billing.auto_top_up_changed": "Auto top-up changed",
};

export function auditActionLabel(action: string): string {
  if (ACTION_LABELS[action]) return ACTION_LABELS[action];
  const words = action.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const MAX_VALUE = 60;
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$/;

function show(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "string" && ISO_INSTANT.test(value)) return value.replace(ISO_INSTANT, "$1 $2 UTC");
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * "from"/"to" pairs become "a → b" (field by field when both are objects); other fields "key: value". Ids (keys
 * ending in "Id") mean nothing to a reader and are left out, as is any key in `omit` (e.g. an email already shown
 * as the target); the page keeps the full JSON in a tooltip.
 */
export function summarizeAuditMetadata(metadata: unknown, omit: string[] = []): string {
  if (metadata === null || metadata === undefined) return "";
  if (!isRecord(metadata)) return show(metadata);
  const parts: string[] = [];
  const { from, to, ...rest } = metadata;
  if (isRecord(from) && isRecord(to)) {
    for (const key of [...new Set([...Object.keys(from), ...Object.keys(to)])]) {
      if (JSON.stringify(from[key]) !== JSON.stringify(to[key])) parts.push(`${key}: ${show(from[key])} → ${show(to[key])}`);
    }
  } else if ("from" in metadata || "to" in metadata) {
    parts.push(`${show(from)} → ${show(to)}`);
  }
  for (const [key, value] of Object.entries(rest)) {
    if (value !== null && value !== undefined && !key.endsWith("Id") && !omit.includes(key)) parts.push(`${key}: ${show(value)}`);
  }
  return parts.join(" · ");
}

/** Whether the target is shown as the row's email (so the details need not repeat it). */
export function targetIsEmail(targetType: string | null, metadata: unknown): metadata is { email: string } {
  return isRecord(metadata) && typeof metadata.email === "string" && (targetType === "user" || targetType === "invitation");
}

/** The target as a person reads it: the member's email when the row carries one, else its type and short id. */
export function describeAuditTarget(targetType: string | null, targetId: string | null, metadata: unknown): string {
  if (targetIsEmail(targetType, metadata)) return metadata.email;
  if (targetType === "invitation") return "Invitation link (anyone)";
  if (!targetType) return "—";
  const label = targetType.replace(/_/g, " ");
  return targetId ? `${label} ${targetId.slice(-8)}` : label;
}

import { formatUsd, usdToNano } from "@/lib/money/usd-nano";
import { computeCost } from "../../catalog";
import type { ChatCompletionRequest } from "../../providers";
import { maybeTriggerAutoTopUp } from "../../services/billing/maybe-trigger-auto-top-up";
import { reserveCredits } from "../../services/billing/reserve-credits";
import { settleReservation } from "../../services/billing/settle-reservation";
import type { KeyRecord } from "../auth/api-key-cache";
import { GatewayError } from "../errors";
import { UPSTREAM_TIMEOUT_MS } from "../upstream/send-upstream";
import type { Candidate } from "../routing/candidates";

// Longer than the slowest request can take (every attempt at its timeout); a crash leaves a hold that then expires.
const HOLD_TTL_MS = UPSTREAM_TIMEOUT_MS * 3 + 60_000;

type Hold = { reservationId: string; chargesCredits: boolean };

/**
 * Pay-before-call for one gateway request. Before an attempt on a platform key the request's maximum cost is held
 * against the organization's credits (402 when the available balance cannot cover it); before an attempt on the
 * project's own key, only against the key's spend limit, if it has one. After the request — success, failure or
 * client abort — the hold is settled to the real cost. Nothing is held for BYOK keys without a limit.
 */
export class RequestBilling {
  private hold: Hold | null = null;

  constructor(
    private readonly key: KeyRecord,
    private readonly requestId: string,
    /** The most this request could cost on a candidate, in USD (decimal string). */
    private readonly maxCostUsd: (candidate: Candidate) => string,
  ) {}

  static forChat(key: KeyRecord, requestId: string, request: ChatCompletionRequest, promptTokensUpperBound: number): RequestBilling {
    return new RequestBilling(key, requestId, (candidate) => {
      if (!candidate.offering) return "0";
      const completionTokens = request.max_completion_tokens ?? request.max_tokens ?? candidate.offering.maxOutput;
      return computeCost(candidate.offering, { promptTokens: promptTokensUpperBound, completionTokens }).totalUsd;
    });
  }

  /** Makes sure the attempt on `candidate` is covered; throws the answer to send when it is not. */
  async cover(candidate: Candidate): Promise<void> {
    const chargesCredits = candidate.credentialSource === "platform";
    if (!chargesCredits && this.key.spendLimitUsd === null) return;
    if (this.hold && (this.hold.chargesCredits || !chargesCredits)) return;
    if (this.hold) await this.settle(null, "0");
    const result = await reserveCredits({
      organizationId: this.key.organizationId,
      amountNano: usdToNano(this.maxCostUsd(candidate), "up"),
      requestId: this.requestId,
      ttlMs: HOLD_TTL_MS,
      apiKeyId: this.key.apiKeyId,
      chargeCredits: chargesCredits,
    });
    if (result.ok) {
      this.hold = { reservationId: result.reservationId, chargesCredits };
      return;
    }
    if (result.reason === "insufficient_credits") {
      void maybeTriggerAutoTopUp(this.key.organizationId).catch(() => {});
      throw new GatewayError(402, `Insufficient credits: this request may cost up to $${this.maxCostUsd(candidate)} and ${formatUsd(result.availableNano)} is available. Top up under Billing, or lower max_tokens.`, "insufficient_quota", "insufficient_credits");
    }
    const period = { lifetime: "", day: "daily ", week: "weekly ", month: "monthly " }[result.period];
    throw new GatewayError(401, `This API key has reached its ${period}spend limit of ${formatUsd(result.limitNano)}.`, "authentication_error", "invalid_api_key");
  }

  /**
   * Charges the real cost and closes the hold, off the request path. A request served by the project's own key under
   * a credits hold (hybrid fallback that was not needed) costs the credits nothing.
   */
  settle(servedBy: Candidate | null, costUsd: string): Promise<void> {
    const hold = this.hold;
    this.hold = null;
    if (!hold) return Promise.resolve();
    const charged = hold.chargesCredits && servedBy?.credentialSource !== "platform" ? "0" : costUsd;
    return settleReservation(hold.reservationId, usdToNano(charged, "up"), {
      description: servedBy ? `${servedBy.providerModel} via ${servedBy.providerId}` : "request failed before any provider answered",
      requestId: this.requestId,
    })
      .then((result) => {
        if (result.status === "settled" && result.autoTopUpDue) void maybeTriggerAutoTopUp(this.key.organizationId).catch(() => {});
      })
      .catch((error: unknown) => console.error(`[gateway] settling ${this.requestId} failed; the hold will expire:`, error));
  }
}

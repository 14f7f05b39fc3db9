import { TRPCClientError } from "@trpc/client";

/** The message to show for a failed call: the server's own words for expected errors, a calm line otherwise. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    return error.data?.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : error.message;
  }
  return error instanceof Error ? error.message : "Something went wrong. Please try again.";
}

export function fieldErrors(error: unknown): Record<string, string[] | undefined> {
  if (error instanceof TRPCClientError && error.data?.fieldErrors) return error.data.fieldErrors as Record<string, string[] | undefined>;
  return {};
}

import type { Metadata } from "next";
import { RequestLogsPage } from "@/components/request-logs/request-logs-page";

export const metadata: Metadata = { title: "Request logs" };

export default function Page() {
  return <RequestLogsPage />;
}

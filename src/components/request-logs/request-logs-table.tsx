import { RequestLogRow, type RequestLogEntry } from "./request-log-row";

const COLUMNS = [
  { label: "Time" },
  { label: "Model → provider" },
  { label: "Status" },
  { label: "Tokens in / out", numeric: true },
  { label: "Cost", numeric: true },
  { label: "Latency", numeric: true },
  { label: "TTFT", numeric: true },
];

export function RequestLogsTable({ entries, onOpen }: { entries: RequestLogEntry[]; onOpen: (id: string) => void }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Requests, newest first. Select a row for its details.</caption>
        <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? "whitespace-nowrap px-3 py-3 text-right font-medium" : "px-3 py-3 font-medium"}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <RequestLogRow key={entry.id} entry={entry} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const code = "rounded bg-zinc-100 px-1 font-mono text-xs dark:bg-zinc-800";

/** How routing rules are shaped, and the per-request overrides a client can send instead. */
export function RoutingHelp() {
  return (
    <details className="mt-4 text-sm text-zinc-600 dark:text-zinc-300">
      <summary className="cursor-pointer font-medium text-zinc-800 dark:text-zinc-200">How routing rules work</summary>
      <div className="mt-3 space-y-3">
        <p>
          <code className={code}>rules</code> are checked in order; the first whose <code className={code}>when</code> matches decides. A rule matches on{" "}
          <code className={code}>model</code> (the requested id; <code className={code}>*</code> matches anything, e.g. <code className={code}>gpt-4o*</code>),{" "}
          <code className={code}>metadata</code> (values of <code className={code}>x-switchboard-meta-&lt;name&gt;</code> headers) and{" "}
          <code className={code}>apiKeyIds</code>. Leave <code className={code}>when</code> out to match every request.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <code className={code}>strategy: &quot;fallback&quot;</code> tries the <code className={code}>targets</code> in order until one answers.
          </li>
          <li>
            <code className={code}>strategy: &quot;loadbalance&quot;</code> picks the first target by <code className={code}>weight</code> (default 1); the others stay as fallbacks.
          </li>
          <li>
            <code className={code}>targets</code>: 1–10 of <code className={code}>{"{ model, weight }"}</code>, each a model id such as{" "}
            <code className={code}>claude-haiku-4-5</code> or <code className={code}>groq/llama-3.3-70b</code>.
          </li>
          <li>
            <code className={code}>retry.attempts</code> (0–2) further attempts after the first, on <code className={code}>retry.on_status_codes</code> (default: 429, 5xx,
            timeouts and connection errors).
          </li>
          <li>
            <code className={code}>request_timeout_ms</code>: the time limit per attempt to the first response byte.
          </li>
        </ul>
        <p>
          A client can also steer one request in its body, as on OpenRouter: <code className={code}>models</code> lists fallback models tried after{" "}
          <code className={code}>model</code> (when no rule matches), and <code className={code}>provider</code> sets <code className={code}>order</code>, <code className={code}>only</code>,{" "}
          <code className={code}>ignore</code>, <code className={code}>sort</code> (price, throughput or latency), <code className={code}>max_price</code> and{" "}
          <code className={code}>allow_fallbacks</code>. The header <code className={code}>X-No-Fallback: true</code> makes a request try one provider only.
        </p>
      </div>
    </details>
  );
}

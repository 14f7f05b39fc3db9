import { EXAMPLE_BASE_URL } from "./snippets";

export function CodeSample() {
  return (
    <pre className="overflow-x-auto rounded-xl border border-zinc-800 bg-zinc-950 p-5 text-left font-mono text-[13px] leading-6 text-zinc-300 shadow-2xl">
      <code>
        <span className="text-fuchsia-400">import</span> OpenAI <span className="text-fuchsia-400">from</span>{" "}
        <span className="text-emerald-400">&quot;openai&quot;</span>;{"\n\n"}
        <span className="text-fuchsia-400">const</span> client = <span className="text-fuchsia-400">new</span> OpenAI({"{"}
        {"\n"}
        <span className="block bg-red-500/10 text-red-300">- baseURL: &quot;https://api.openai.com/v1&quot;,</span>
        <span className="block bg-emerald-500/10 text-emerald-300">+ baseURL: &quot;{EXAMPLE_BASE_URL}&quot;,</span>
        {"  "}apiKey: process.env.SWITCHBOARD_API_KEY,{"\n"}
        {"}"});{"\n\n"}
        <span className="text-zinc-500">{"// bare ids are routed to the best provider; prefixed ids pin one"}</span>
        {"\n"}
        <span className="text-fuchsia-400">await</span> client.chat.completions.create({"{"} model:{" "}
        <span className="text-emerald-400">&quot;claude-sonnet-4-5&quot;</span>, messages {"}"});
      </code>
    </pre>
  );
}

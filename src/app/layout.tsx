import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Switchboard — one API for every LLM provider", template: "%s · Switchboard" },
  description:
    "Open-source LLM gateway: point any OpenAI SDK at Switchboard and reach 20+ providers with routing, failover, caching, analytics and billing.",
};

// Applies the saved or system colour scheme before first paint, so dark mode never flashes white.
const themeScript = `try{var t=localStorage.getItem("sb:theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}

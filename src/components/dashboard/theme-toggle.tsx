"use client";

import { Button } from "@/components/ui/button";

export function ThemeToggle() {
  function toggle() {
    const dark = document.documentElement.classList.toggle("dark");
    localStorage.setItem("sb:theme", dark ? "dark" : "light");
  }
  return (
    <Button variant="ghost" onClick={toggle} aria-label="Toggle dark mode" className="px-2">
      <span aria-hidden="true">◐</span>
    </Button>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useTRPC } from "@/lib/trpc/react";
import type { AppRouter } from "@/server/api/root";
import type { inferRouterOutputs } from "@trpc/server";

type Viewer = inferRouterOutputs<AppRouter>["viewer"]["me"];
type Organization = Viewer["organizations"][number];
type Project = Organization["projects"][number];

type CurrentProject = {
  viewer: Viewer;
  organization: Organization;
  project: Project;
  selectProject: (projectId: string) => void;
};

const STORAGE_KEY = "sb:project";
const Context = createContext<CurrentProject | null>(null);

/** Loads the signed-in user's organizations and remembers which project the dashboard is looking at. */
export function CurrentProjectProvider({ children, fallback }: { children: ReactNode; fallback: (error?: string) => ReactNode }) {
  const trpc = useTRPC();
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  useEffect(() => setSelectedId(localStorage.getItem(STORAGE_KEY)), []);

  const selectProject = useCallback((projectId: string) => {
    localStorage.setItem(STORAGE_KEY, projectId);
    setSelectedId(projectId);
  }, []);

  const value = useMemo(() => {
    if (!viewer.data) return null;
    const pairs = viewer.data.organizations.flatMap((organization) => organization.projects.map((project) => ({ organization, project })));
    const current = pairs.find((pair) => pair.project.id === selectedId) ?? pairs[0];
    return current ? { viewer: viewer.data, ...current, selectProject } : null;
  }, [viewer.data, selectedId, selectProject]);

  if (viewer.error) return fallback(viewer.error.message);
  if (!value) return fallback(viewer.data ? "You are not a member of any project yet." : undefined);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Makes the dashboard open on this project next time (e.g. right after joining its organization). */
export function rememberProject(projectId: string): void {
  localStorage.setItem(STORAGE_KEY, projectId);
}

export function useCurrentProject(): CurrentProject {
  const value = useContext(Context);
  if (!value) throw new Error("useCurrentProject must be used inside CurrentProjectProvider");
  return value;
}

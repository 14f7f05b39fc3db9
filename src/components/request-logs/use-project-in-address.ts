"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useCurrentProject } from "@/components/dashboard/current-project";

/**
 * Keeps `?project=` in the request log's address in step with the project switcher, so a shared link opens the
 * same project for a teammate. The address wins when the page opens; afterwards the switcher does, and switching
 * drops the key filter (key ids belong to one project).
 */
export function useProjectInAddress(): { notice: string | null } {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const { viewer, project, selectProject } = useCurrentProject();
  const wanted = params.get("project");
  const previous = useRef<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const switched = previous.current !== null && previous.current !== project.id;
    previous.current = project.id;
    if (switched) setNotice(null);
    if (wanted === project.id) return;
    const known = viewer.organizations.some((organization) => organization.projects.some((option) => option.id === wanted));
    if (!switched && wanted && known) {
      selectProject(wanted);
      return;
    }
    if (!switched && wanted) setNotice(`This link is for a project you are not a member of, so ${project.name} is shown instead.`);
    const next = new URLSearchParams(window.location.search);
    next.set("project", project.id);
    if (wanted) next.delete("apiKeyId");
    router.replace(`${pathname}?${next}`, { scroll: false });
  }, [wanted, project.id, project.name, viewer, selectProject, params, pathname, router]);

  return { notice };
}

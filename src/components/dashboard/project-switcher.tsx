"use client";

import { inputClasses } from "@/components/ui/field";
import { useCurrentProject } from "./current-project";

export function ProjectSwitcher() {
  const { viewer, project, selectProject } = useCurrentProject();
  return (
    <div>
      <label htmlFor="project-switcher" className="mb-1 block text-xs font-medium uppercase tracking-wide text-zinc-500">
        Project
      </label>
      <select id="project-switcher" className={inputClasses} value={project.id} onChange={(event) => selectProject(event.target.value)}>
        {viewer.organizations.map((organization) => (
          <optgroup key={organization.id} label={organization.name}>
            {organization.projects.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

import { SearchSelect } from './search-select';
import type { Project } from './types';

const optionOf = (project: Project) => ({ value: project.id, label: project.name });

/** A project of the region, found by name. */
export function ProjectSelect(props: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  onPick?: (project: Project | undefined) => void;
  placeholder?: string;
  testId?: string;
}) {
  return <SearchSelect<Project> path="/projects" optionOf={optionOf} {...props} />;
}

/**
 * Why a project file cannot be opened, by code and values, for the interface to say in the user's
 * language; the loader's English message says the same for the command line.
 */
export type ProjectProblemCode =
  'notText' | 'tooLarge' | 'invalidJson' | 'notProject' | 'newerVersion';

export interface ProjectProblem {
  code: ProjectProblemCode;
  values: Readonly<Record<string, string | number>>;
}

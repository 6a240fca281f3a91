import { mergeAreas, type Translation } from '../catalog';
import type { EN_AREAS } from '../en';
import { messages as common } from './common';
import { messages as app } from './app';
import { messages as canvas } from './canvas';
import { messages as palette } from './palette';
import { messages as inspector } from './inspector';
import { messages as problems } from './problems';
import { messages as toolbar } from './toolbar';
import { messages as commands } from './commands';
import { messages as training } from './training';
import { messages as data } from './data';
import { messages as exporting } from './export';
import { messages as projects } from './projects';
import { messages as lessons } from './lessons';
import { messages as teaching } from './teaching';
import { messages as gan } from './gan';
import { messages as packs } from './packs';
import { messages as summary } from './summary';
import { messages as layers } from './layers';
import { messages as templates } from './templates';
import { messages as datasets } from './datasets';
import { messages as desktop } from './desktop';

/** Every Russian message, by area, mirroring the English areas. */
export const RU_AREAS: {
  readonly [A in keyof typeof EN_AREAS]: Translation<(typeof EN_AREAS)[A]>;
} = {
  common,
  app,
  canvas,
  palette,
  inspector,
  problems,
  toolbar,
  commands,
  training,
  data,
  export: exporting,
  projects,
  lessons,
  teaching,
  gan,
  packs,
  summary,
  layers,
  templates,
  datasets,
  desktop,
};

export const ru = mergeAreas(RU_AREAS);

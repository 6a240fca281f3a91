import { openModelFile, type OpenedModel } from '../../host/openModel';
import { CliError } from '../usage';

export async function openOrFail(path: string): Promise<OpenedModel> {
  const result = await openModelFile(path);
  if (!result.ok) throw new CliError(result.error);
  return result.model;
}

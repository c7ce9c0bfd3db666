// The --data option shared by commands that read or write the corpus folder.
import { Option } from 'commander';

/** `--data DIR` (default ./data): the folder holding articles/ and graph.json. */
export function dataOption(): Option {
  return new Option('--data <dir>', 'folder holding articles/ and graph.json').default('data');
}

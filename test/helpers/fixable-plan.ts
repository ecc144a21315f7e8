import { lines, manifest } from './engine';

/** A plan chapter with a mistyped id (one did-you-mean) and a trajectory missing two years: both have a preferred fix. */
export const FIXABLE_CHAPTER = lines(
  '# Mental health',
  '',
  '```commitment',
  'id: mh-perinatel',
  'status: on-track',
  'lead: test-mh',
  '```',
  '',
  '```commitment',
  'id: pc-network-staff',
  'status: on-track',
  'lead: test-ccg',
  'trajectory: { 2019/20: 100, 2021/22: 300, 2023/24: 500 }',
  '```',
  '',
);

/** FIXABLE_CHAPTER as `check --fix` leaves it. */
export const FIXED_CHAPTER = FIXABLE_CHAPTER.replace('id: mh-perinatel', 'id: mh-perinatal').replace(
  'trajectory: { 2019/20: 100, 2021/22: 300, 2023/24: 500 }',
  'trajectory: { 2019/20: 100, 2020/21: 200, 2021/22: 300, 2022/23: 400, 2023/24: 500 }',
);

/** A valid plan.yaml for fixtures. */
export const PLAN_YAML = manifest();

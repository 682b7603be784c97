import * as v from 'valibot';
import goteborgsomradet from './profiles/goteborgsomradet.json';
import blekinge from './profiles/blekinge.json';
import stockholm from './profiles/stockholm.json';
import sodraAlvsborg from './profiles/sodraAlvsborg.json';
import { RegionProfileSchema, type RegionProfile } from './regionProfile';

/** The raw profile files, keyed by id; validated once in `loadRegionProfiles`. */
export const REGION_PROFILE_FILES: readonly unknown[] = [goteborgsomradet, blekinge, stockholm, sodraAlvsborg];

export class InvalidRegionProfileError extends Error {
  override name = 'InvalidRegionProfileError';
}

/** Validates every shipped profile; a broken file is a build defect, so it throws with the reason. */
export function loadRegionProfiles(
  files: readonly unknown[] = REGION_PROFILE_FILES,
): ReadonlyMap<string, RegionProfile> {
  const profiles = new Map<string, RegionProfile>();
  for (const file of files) {
    const result = v.safeParse(RegionProfileSchema, file);
    if (!result.success) {
      const where = (file as { id?: unknown })?.id ?? '?';
      throw new InvalidRegionProfileError(`regionprofil ${String(where)}: ${v.summarize(result.issues)}`);
    }
    profiles.set(result.output.id, result.output);
  }
  return profiles;
}

export const DEFAULT_PROFILE_ID = 'goteborgsomradet';

let loaded: ReadonlyMap<string, RegionProfile> | null = null;

/** The shipped profiles, validated on first use. */
export function regionProfiles(): ReadonlyMap<string, RegionProfile> {
  loaded ??= loadRegionProfiles();
  return loaded;
}

/** The profile with this id, or the default profile when the id is unknown or missing. */
export function regionProfile(id: string | undefined): RegionProfile {
  const profiles = regionProfiles();
  const profile = (id && profiles.get(id)) || profiles.get(DEFAULT_PROFILE_ID);
  if (!profile) throw new InvalidRegionProfileError(`standardprofilen ${DEFAULT_PROFILE_ID} saknas`);
  return profile;
}

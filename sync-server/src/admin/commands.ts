import * as v from 'valibot';
import { ORG_TYPES, ROLES } from '../../../src/protocol/identity';
import { createEnrollmentCode, registerDevice } from '../auth/enrollment';
import { createTokenIssuer } from '../auth/deviceTokens';
import type { SigningKeys } from '../auth/signingKeys';
import type { RelayStore } from '../store/types';
import { randomBytes } from 'node:crypto';
import { verifyChain } from '../caseLog/logHash';

/** A new person id: random, so it says nothing about when or in what order people were added. */
const newPersonId = () => `person-${randomBytes(8).toString('hex')}`;

export const ADMIN_HELP = `Samverka – administration (npm run admin -- <kommando>)

  org add <id> <namn> --type kommun|region|privat|skola --profile <regionprofil>
  unit add <id> <organisation-id> <namn>
  directory                                    visa organisationer och enheter
  code <enhets-id> <namn> --role staff|manager|coordinator [--person <id>] [--days 7]
                                               engångskod som kopplar appen på en surfplatta
                                               eller dator till personen och enheten
  devices                                      lista kopplade appar (surfplattor, datorer)
  revoke <app-id>                              spärra en kopplad app (kopplas bort direkt)
  person disable <person-id>                   spärra alla personens appar (slutat, byter tjänst)
  token <enhets-id> <namn> --role <roll> [--person <id>] [--hours 24] [--json]
                                               koppla en app för skript och skriv ut dess token
  access-log [--case <id>] [--person <id>] [--since ÅÅÅÅ-MM-DD] [--json]
                                               vem öppnade vilket ärende, och alla kopplingsförsök
  verify-log [ärende-id]                       kontrollera att ärendeloggens kedja är obruten
                                               (alla ärenden utan id); avslutar med fel vid brott

Miljö: DATA_DIR (standard ./data) pekar på samma databas som reläet.`;

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id får bara ha a–z, 0–9 och bindestreck'));
const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'namn saknas'), v.maxLength(200));
const role = v.picklist(ROLES, `roll ska vara en av ${ROLES.join(', ')}`);

type Flags = Record<string, string | boolean | undefined>;

export class AdminUsageError extends Error {
  override name = 'AdminUsageError';
}

function need<T extends v.GenericSchema>(schema: T, value: unknown, what: string): v.InferOutput<T> {
  if (value === undefined || value === true) throw new AdminUsageError(`${what} saknas. Se: npm run admin -- help`);
  const result = v.safeParse(schema, value);
  if (!result.success) throw new AdminUsageError(`${what} är ogiltigt (${String(value)}).`);
  return result.output;
}

/** Database errors in words an operator understands. */
export function explainStoreError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/UNIQUE constraint/.test(message)) return 'det id:t finns redan.';
  if (/FOREIGN KEY constraint/.test(message)) return 'organisationen eller enheten finns inte.';
  return message;
}

/** Runs one admin command and returns what to print. Throws with a Swedish message on bad input. */
export async function runAdminCommand(
  deps: { store: RelayStore; keys: SigningKeys },
  args: string[],
  flags: Flags,
): Promise<string> {
  const { store } = deps;
  const [command, sub, ...rest] = args;
  switch (
    command === undefined ? 'help' : `${command}${['org', 'unit', 'person'].includes(command) ? ` ${sub}` : ''}`
  ) {
    case 'org add': {
      const [orgId, orgName] = rest;
      await store.createOrg({
        id: need(id, orgId, 'organisationens id'),
        name: need(name, orgName, 'namn'),
        type: need(v.picklist(ORG_TYPES), flags.type, '--type'),
        profileId: need(
          v.picklist(['goteborgsomradet', 'blekinge', 'stockholm', 'sodra-alvsborg']),
          flags.profile ?? 'goteborgsomradet',
          '--profile (goteborgsomradet, blekinge, stockholm, sodra-alvsborg)',
        ),
      });
      return `Organisationen ${orgId} är skapad.`;
    }
    case 'unit add': {
      const [unitId, orgId, unitName] = rest;
      await store.createUnit({
        id: need(id, unitId, 'enhetens id'),
        orgId: need(id, orgId, 'organisation'),
        name: need(name, unitName, 'namn'),
      });
      return `Enheten ${unitId} är skapad.`;
    }
    case 'directory': {
      const [orgs, units] = await Promise.all([store.listOrgs(), store.listUnits()]);
      return orgs
        .map((o) =>
          [
            `${o.id}  ${o.name} (${o.type}, ${o.profileId})`,
            ...units.filter((u) => u.orgId === o.id).map((u) => `  ${u.id}  ${u.name}`),
          ].join('\n'),
        )
        .join('\n');
    }
    case 'code': {
      const days = flags.days
        ? Number(
            need(
              v.pipe(v.string(), v.regex(/^\d{1,2}$/), v.toNumber(), v.minValue(1), v.maxValue(90)),
              flags.days,
              '--days (1–90)',
            ),
          )
        : 7;
      const personId = typeof flags.person === 'string' ? flags.person : newPersonId();
      const { code, expiresAt } = await createEnrollmentCode(store, {
        unitId: need(id, sub, 'enhet'),
        personName: need(name, rest[0], 'namn'),
        role: need(role, flags.role, '--role'),
        personId,
        validDays: days,
      });
      return [
        `Engångskod: ${code} (giltig till ${new Date(expiresAt).toISOString().slice(0, 16).replace('T', ' ')})`,
        `Person-id: ${personId}  (ge samma --person ${personId} för personens nästa enhet)`,
      ].join('\n');
    }
    case 'devices': {
      const devices = await store.listDevices();
      if (devices.length === 0) return 'Inga kopplade enheter.';
      return devices
        .map(
          (d) =>
            `${d.id}  ${d.personName} (${d.role}, ${d.unitId}, person ${d.personId})  ${d.name}${d.revokedAt ? '  SPÄRRAD' : ''}`,
        )
        .join('\n');
    }
    case 'revoke': {
      const ok = await store.revokeDevice(need(v.pipe(v.string(), v.minLength(1)), sub, 'enhet'), Date.now());
      if (!ok) throw new Error(`ingen aktiv kopplad app med id ${sub}`);
      return `Appen ${sub} är spärrad. Ett körande relä kopplar bort den inom en sekund.`;
    }
    case 'person disable': {
      const personId = need(v.pipe(v.string(), v.minLength(1), v.maxLength(64)), rest[0], 'person-id');
      const count = await store.revokePerson(personId, Date.now());
      if (count === 0) throw new Error(`personen ${personId} har ingen aktiv kopplad app`);
      return `${count} ${count === 1 ? 'app' : 'appar'} för ${personId} är spärrade. Ett körande relä kopplar bort dem inom en sekund.`;
    }
    case 'token': {
      const hours = flags.hours
        ? need(v.pipe(v.string(), v.toNumber(), v.minValue(0.01), v.maxValue(24 * 90)), flags.hours, '--hours')
        : 24;
      const personName = need(name, rest[0], 'namn');
      const result = await registerDevice(store, createTokenIssuer(deps.keys), {
        name: 'skript',
        unitId: need(id, sub, 'enhet'),
        personId: typeof flags.person === 'string' ? flags.person : newPersonId(),
        personName,
        role: need(role, flags.role, '--role'),
        ttlMs: hours * 3600 * 1000,
      });
      return flags.json ? JSON.stringify(result) : result.token;
    }
    case 'access-log': {
      const since =
        typeof flags.since === 'string'
          ? Date.parse(need(v.pipe(v.string(), v.isoDate('datum ska skrivas ÅÅÅÅ-MM-DD')), flags.since, '--since'))
          : undefined;
      const rows = await store.listAccess({
        caseId:
          typeof flags.case === 'string'
            ? need(v.pipe(v.string(), v.uuid()), flags.case.toLowerCase(), '--case')
            : undefined,
        personId: typeof flags.person === 'string' ? flags.person : undefined,
        since,
        limit: 10_000,
      });
      if (flags.json) return JSON.stringify(rows);
      if (rows.length === 0) return 'Inga rader i åtkomstloggen.';
      return rows
        .map((r) =>
          [
            new Date(r.at).toISOString().replace('T', ' ').slice(0, 19),
            r.kind === 'join' ? 'öppnade' : r.kind === 'read' ? 'läste' : 'koppling',
            r.granted ? 'ja' : `NEKAD (${r.code})`,
            r.personName ? `${r.personName} (${r.role}, ${r.unitId}, ${r.orgId}, person ${r.personId})` : '–',
            r.caseId ? `ärende ${r.caseId}${r.part ? ` ${r.part}` : ''}` : (r.part ?? ''),
            r.address ? `från ${r.address}` : '',
          ]
            .filter(Boolean)
            .join('  '),
        )
        .join('\n');
    }
    case 'verify-log': {
      const caseId = sub === undefined ? null : need(v.pipe(v.string(), v.uuid()), sub.toLowerCase(), 'ärende-id');
      const rows = await store.listLog(caseId);
      const breaks = verifyChain(rows);
      const cases = new Set(rows.map((r) => r.caseId)).size;
      if (breaks.length === 0) return `Ärendeloggen är obruten: ${rows.length} händelser i ${cases} ärenden.`;
      const words = { hash: 'posten är ändrad', link: 'länken till föregående post är bruten', gap: 'en post saknas' };
      throw new Error(
        [
          `Ärendeloggen är BRUTEN på ${breaks.length} ställen:`,
          ...breaks.map((b) => `  ärende ${b.caseId}, händelse ${b.seq}: ${words[b.problem]}`),
        ].join('\n'),
      );
    }
    case 'help':
      return ADMIN_HELP;
    default:
      throw new AdminUsageError(`okänt kommando "${args.join(' ')}". Se: npm run admin -- help`);
  }
}

import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { CaseId } from '../../domain/ids';
import type { Person, TeamMember } from '../../protocol/analysisApi';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import { analysisRelay } from '../../primitives/analysisRelay';
import { useI18n } from '../../app/i18n';
import { CheckboxField } from '../../ui/CheckboxField';
import { TextField } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';
import { ProblemSummary } from '../../ui/ProblemSummary';

/** The team: who takes part, in which role, the commissioner, and who signs for each side. */
export function TeamSection(props: {
  m: AnalysisModel;
  caseId: CaseId;
  orgName: (id: string) => string;
  mayEdit: boolean;
}) {
  const { t } = useI18n();
  const tt = () => t().analysis.team;
  const [editing, setEditing] = createSignal(false);
  const team = () => props.m.status()?.team ?? [];
  return (
    <section class="analysis-section" aria-labelledby="team-heading">
      <h2 id="team-heading">{tt().heading}</h2>
      <Show when={team().length > 0}>
        <ul class="team-list">
          <For each={team()}>
            {(member) => (
              <li data-team-member={member.personId}>
                <strong>{member.name}</strong>, {member.role} ({props.orgName(member.orgId)})
                <Show when={member.commissioner}>
                  {' '}
                  <span class="badge">{tt().commissioner}</span>
                </Show>
                <Show when={member.signer}>
                  {' '}
                  <span class="badge">{tt().signer(props.orgName(member.orgId))}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.mayEdit}>
        <Show
          when={editing() || team().length === 0}
          fallback={
            <button type="button" class="button" onClick={() => setEditing(true)}>
              {tt().edit}
            </button>
          }
        >
          <TeamEditor {...props} starting={team().length === 0} onDone={() => setEditing(false)} />
        </Show>
      </Show>
    </section>
  );
}

interface Choice {
  member: boolean;
  role: string;
}

function TeamEditor(props: {
  m: AnalysisModel;
  caseId: CaseId;
  orgName: (id: string) => string;
  starting: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const tt = () => t().analysis.team;
  const [people, setPeople] = createSignal<Person[] | null | 'failed'>(null);
  const [choices, setChoices] = createStore<Record<string, Choice>>({});
  const [commissioner, setCommissioner] = createSignal('');
  const [signers, setSigners] = createStore<Record<string, string>>({});
  const [problems, setProblems] = createSignal<{ id: string; text: string }[]>([]);
  const [busy, setBusy] = createSignal(false);

  void analysisRelay.people(props.caseId).then((result) => {
    if (!result.ok) return setPeople('failed');
    for (const p of result.value.people) {
      const current = props.m.status()?.team.find((m) => m.personId === p.personId);
      setChoices(p.personId, { member: !!current, role: current?.role ?? '' });
      if (current?.commissioner) setCommissioner(p.personId);
      if (current?.signer) setSigners(p.orgId, p.personId);
    }
    setPeople(result.value.people);
  });
  const list = () => {
    const value = people();
    return Array.isArray(value) ? value : [];
  };
  const orgIds = () => [...new Set(list().map((p) => p.orgId))];
  const members = () => list().filter((p) => choices[p.personId]?.member);

  const save = async () => {
    const found: { id: string; text: string }[] = [];
    if (members().length < 2) found.push({ id: 'team-heading', text: tt().needTwo });
    for (const p of members())
      if (!choices[p.personId]?.role.trim()) found.push({ id: `team-role-${p.personId}`, text: tt().needRole(p.name) });
    if (!members().some((p) => p.personId === commissioner()))
      found.push({ id: 'team-commissioner', text: tt().needCommissioner });
    for (const org of orgIds())
      if (!members().some((p) => p.personId === signers[org]))
        found.push({ id: `team-signer-${org}`, text: tt().needSigner(props.orgName(org)) });
    setProblems(found);
    if (found.length > 0) return;
    const team: TeamMember[] = members().map((p) => ({
      personId: p.personId,
      role: choices[p.personId]!.role.trim(),
      commissioner: p.personId === commissioner(),
      signer: signers[p.orgId] === p.personId,
    }));
    setBusy(true);
    const result = await analysisRelay.saveTeam(props.caseId, team);
    setBusy(false);
    if (!result.ok) return setProblems([{ id: 'team-heading', text: result.message ?? t().analysis.needsConnection }]);
    await props.m.reloadStatus();
    props.onDone();
  };

  return (
    <div class="team-editor">
      <Show when={people() !== null} fallback={<p role="status">{tt().loadingPeople}</p>}>
        <Show when={people() !== 'failed'} fallback={<p class="notice notice--error">{tt().noPeople}</p>}>
          <Show when={problems().length > 0}>
            <ProblemSummary
              problems={problems().map((p) => ({ href: `#${p.id}`, label: tt().heading, message: p.text }))}
              heading={t().form.problemsHeading(problems().length)}
            />
          </Show>
          <For each={orgIds()}>
            {(org) => (
              <fieldset class="team-org">
                <legend>{props.orgName(org)}</legend>
                <For each={list().filter((p) => p.orgId === org)}>
                  {(person) => (
                    <div class="team-person">
                      <CheckboxField
                        id={`team-member-${person.personId}`}
                        label={`${tt().member}: ${person.name}`}
                        checked={choices[person.personId]?.member ?? false}
                        onChange={(checked) => setChoices(person.personId, 'member', checked)}
                      />
                      <Show when={choices[person.personId]?.member}>
                        <TextField
                          id={`team-role-${person.personId}`}
                          label={`${tt().role} (${person.name})`}
                          hint={tt().rolePlaceholder}
                          value={choices[person.personId]?.role ?? ''}
                          onInput={(value) => setChoices(person.personId, 'role', value)}
                          required
                          requiredText={t().form.required}
                          optionalText={t().form.optional}
                        />
                      </Show>
                    </div>
                  )}
                </For>
                <SelectField
                  id={`team-signer-${org}`}
                  label={tt().chooseSigner(props.orgName(org))}
                  value={signers[org] ?? ''}
                  options={members()
                    .filter((p) => p.orgId === org && p.role !== 'staff')
                    .map((p) => ({ value: p.personId, label: p.name }))}
                  placeholder={t().form.choose}
                  onChange={(value) => setSigners(org, value)}
                  required
                  requiredText={t().form.required}
                  optionalText={t().form.optional}
                />
              </fieldset>
            )}
          </For>
          <SelectField
            id="team-commissioner"
            label={tt().chooseCommissioner}
            value={commissioner()}
            options={members().map((p) => ({ value: p.personId, label: `${p.name} (${props.orgName(p.orgId)})` }))}
            placeholder={t().form.choose}
            onChange={setCommissioner}
            required
            requiredText={t().form.required}
            optionalText={t().form.optional}
          />
          <div class="button-row">
            <button type="button" class="button button--primary" disabled={busy()} onClick={() => void save()}>
              {props.starting ? tt().startSave : tt().save}
            </button>
            <Show when={!props.starting}>
              <button type="button" class="button" onClick={() => props.onDone()}>
                {tt().cancel}
              </button>
            </Show>
          </div>
        </Show>
      </Show>
    </div>
  );
}

"""The server's security layer, generated from ``domain.policy`` (one rule, one place).

What an officer may change is declared once in ``domain.policy``; this module turns it into PostgreSQL:

- two group roles (officer, coordinator); a person's login role is a member of one of them;
- ``server_users``: which login is which person (the name in an activity's owner) in this database;
- row-level security on every table, keyed on ``session_user`` (the login that authenticated; ``SET ROLE``
  cannot change it and a session variable plays no part);
- column grants: an officer may UPDATE only the columns of ``policy.editable_fields(Role.OFFICER)``;
- a guard trigger on activities that refuses with the policy's own message ids (not own, vastgesteld,
  a review state that is only a proposal, a frozen plan) so the app can tell a refusal from a conflict;
- triggers that record the author (``session_user``) and the time (UTC) in the activity and every history
  row, and that announce each change on the ``verantwoording`` channel (LISTEN/NOTIFY);
- a presence table (who works on which activity) and a Dutch full-text index for search.

Everything is idempotent: ``server setup`` applies it after every migration.
"""

from __future__ import annotations

from ...domain.model import DocumentState
from ...domain.policy import (
    EFFECT_OFFICER_FIELDS,
    EXPLANATION_OFFICER_FIELDS,
    LOCKED_STATE,
    OFFICER_REVIEW_STATES,
    Role,
    editable_fields,
)
from ..tables import Base
from . import CHANNEL, COORDINATOR_GROUP, OFFICER_GROUP

LAYER_VERSION = "2"
"""Stored in verantwoording_meta ('server_layer'); raised when this layer changes."""

FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "plan": ("plan", "plan_words"),
    "realisation": ("realisation", "realisation_words"),
    "kengetallen": (),  # the key_figures table, below
}
"""Activity columns a policy field writes (a field not listed writes the column of its own name)."""
BOOKKEEPING = ("revision", "updated_at", "updated_by")
"""Columns every saved change writes (the row version and who/when: the server sets the last two)."""
OFFICER_CHILD_TABLES = ("key_figures", "remarks", "conflicts", "check_ignores")
"""Tables of rows that belong to one activity, which an officer may write for their own activities."""
APPEND_ONLY = ("versions",)
CREATED_AT_TABLES = ("snapshots", "conflicts", "handouts", "check_ignores", "document_words")
"""Rows whose creation time the server sets (UTC) when a team member adds them."""
CHAPTER_OWNED: dict[str, tuple[str, tuple[str, ...]]] = {
    "variance_explanations": ("de toelichting op een afwijking", (*EXPLANATION_OFFICER_FIELDS, "amount")),
    "effect_texts": ("de effecttekst", EFFECT_OFFICER_FIELDS),
}
"""Chapter rows with an owner (migration 0008): what they are, for a refusal, and the columns their owner (an
officer) may change, from ``domain.policy`` (the amount follows the finance table and is written with them)."""
CHAPTER_TABLES: dict[str, str] = {
    "chapter_settings": "de drempel en notatie van de financiën",
    "finance_lines": "de financiële gegevens",
    "effect_indicators": "de effectindicatoren",
    "policy_indicators": "de beleidsindicatoren",
    **{table: what for table, (what, _columns) in CHAPTER_OWNED.items()},
}
"""Every chapter table: none of it changes in a vastgesteld document (policy.DOCUMENT_LOCKED), not even by the
coordinator; an officer writes only the texts of the rows in CHAPTER_OWNED that are theirs."""


def officer_columns() -> tuple[str, ...]:
    """The activity columns an officer's login may UPDATE (the column grant)."""
    columns: list[str] = []
    for field in editable_fields(Role.OFFICER):
        columns.extend(FIELD_COLUMNS.get(field, (field,)))
    return tuple(dict.fromkeys((*columns, *BOOKKEEPING)))


def chapter_officer_columns(table: str) -> tuple[str, ...]:
    """The columns of a chapter row with an owner that an officer's login may UPDATE (the column grant)."""
    return (*CHAPTER_OWNED[table][1], *BOOKKEEPING)


def app_tables() -> tuple[str, ...]:
    return tuple(table.name for table in Base.metadata.sorted_tables)


def _quote_list(values: object) -> str:
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)  # type: ignore[attr-defined]


def statements(schema: str = "public") -> list[str]:
    """The SQL of the whole layer, in order; run by the administrator (the tables' owner)."""
    s = f'"{schema}"'
    officer, coordinator = OFFICER_GROUP, COORDINATOR_GROUP
    team = f"{officer}, {coordinator}"
    states = _quote_list(sorted(state.value for state in OFFICER_REVIEW_STATES))
    locked = LOCKED_STATE.value
    kengetallen = "kengetallen" in editable_fields(Role.OFFICER)
    sql: list[str] = [
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{officer}') THEN
                CREATE ROLE {officer} NOLOGIN; END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{coordinator}') THEN
                CREATE ROLE {coordinator} NOLOGIN; END IF;
        END $$""",
        f"""CREATE TABLE IF NOT EXISTS {s}.server_users (
            login text PRIMARY KEY,
            person text NOT NULL,
            role text NOT NULL CHECK (role IN ('officer', 'coordinator')),
            added_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
            added_by text NOT NULL DEFAULT session_user)""",
        f"""CREATE TABLE IF NOT EXISTS {s}.presence (
            login text PRIMARY KEY DEFAULT session_user,
            activity_id text,
            seen_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'))""",
        f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {s} TO {team}",
        # -- who is who: functions that read only session_user (never a setting the client controls) --
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_person() RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT person FROM {s}.server_users WHERE login = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_is_member() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM {s}.server_users u WHERE u.login = session_user
                AND pg_has_role(session_user,
                    CASE u.role WHEN 'coordinator' THEN '{coordinator}' ELSE '{officer}' END, 'MEMBER')) $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_is_coordinator() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM {s}.server_users u WHERE u.login = session_user
                AND u.role = 'coordinator' AND pg_has_role(session_user, '{coordinator}', 'MEMBER')) $$""",
        # policy.same_name: trimmed, case-insensitive, never empty
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_owns(owner text) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT {s}.verantwoording_is_member() AND btrim(coalesce(owner, '')) <> ''
                AND lower(btrim(owner)) = lower(btrim(coalesce({s}.verantwoording_person(), ''))) $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_owns_activity(activity text, unlocked boolean)
            RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM {s}.activities a WHERE a.id = activity
                AND {s}.verantwoording_owns(a.owner) AND (NOT unlocked OR a.review_state <> '{locked}')) $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_refuse(message_id text, title text, dutch text,
                state text DEFAULT '') RETURNS void LANGUAGE plpgsql AS $$ BEGIN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = dutch,
                DETAIL = json_build_object('id', message_id, 'title', left(title, 80), 'state', state,
                                           'person', coalesce({s}.verantwoording_person(), session_user))::text;
            END $$""",
        # a change that does not raise the row version was based on an older version (or on none): a conflict,
        # never an overwrite, whichever client wrote it (the app's saves raise it by one from what they read)
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_stale(title text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
            RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = 'Iemand anders heeft dit intussen opgeslagen.',
                DETAIL = json_build_object('id', 'server.stale', 'title', left(title, 80))::text;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_document_locked(programme text, document text)
            RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM {s}.documents d WHERE d.state = '{DocumentState.VASTGESTELD.value}'
                AND (d.id = document OR d.id = (SELECT p.document_id FROM {s}.programmes p WHERE p.id = programme)))
            $$""",
        # -- the guard: the policy's refusals as the policy's messages --------------------------------
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_guard_activity() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            DECLARE
                changed boolean;
            BEGIN
                IF NOT {s}.verantwoording_is_member() THEN
                    RETURN NEW;  -- the administrator (set-up, upload): not a team member
                END IF;
                changed := (to_jsonb(NEW) - ARRAY['revision', 'updated_at', 'updated_by', 'position',
                            'plan_words', 'realisation_words'])
                           IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['revision', 'updated_at', 'updated_by',
                            'position', 'plan_words', 'realisation_words']);
                IF NOT {s}.verantwoording_is_coordinator() THEN
                    IF NOT {s}.verantwoording_owns(OLD.owner) THEN
                        PERFORM {s}.verantwoording_refuse('policy.not_own', OLD.title,
                            'U mag alleen uw eigen activiteiten wijzigen.');
                    END IF;
                    IF OLD.review_state = '{locked}' THEN
                        PERFORM {s}.verantwoording_refuse(
                            CASE WHEN NEW.review_state <> '{locked}' THEN 'policy.reopen' ELSE 'policy.locked' END,
                            OLD.title, 'Deze activiteit is vastgesteld; alleen de coördinator kan haar heropenen.');
                    END IF;
                    IF NEW.review_state IS DISTINCT FROM OLD.review_state
                            AND NEW.review_state NOT IN ({states}) THEN
                        PERFORM {s}.verantwoording_refuse('policy.proposal', OLD.title,
                            'Deze reviewstatus zet de coördinator.', NEW.review_state);
                    END IF;
                ELSIF OLD.review_state = '{locked}' AND NEW.review_state = '{locked}' AND
                        (to_jsonb(NEW) - ARRAY['revision', 'updated_at', 'updated_by', 'position', 'plan_words',
                         'realisation_words', 'review_state'])
                        IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['revision', 'updated_at', 'updated_by', 'position',
                         'plan_words', 'realisation_words', 'review_state']) THEN
                    PERFORM {s}.verantwoording_refuse('policy.locked', OLD.title,
                        'Deze activiteit is vastgesteld en kan niet meer worden gewijzigd.');
                END IF;
                IF OLD.plan_frozen AND NEW.plan_frozen AND NEW.plan IS DISTINCT FROM OLD.plan THEN
                    PERFORM {s}.verantwoording_refuse('server.frozen', OLD.title,
                        'De plantekst van deze activiteit is bevroren.');
                END IF;
                IF changed AND NEW.revision <= OLD.revision THEN
                    PERFORM {s}.verantwoording_stale(OLD.title);
                END IF;
                IF changed OR NEW.revision IS DISTINCT FROM OLD.revision THEN
                    NEW.updated_by := session_user;
                    NEW.updated_at := date_trunc('second', now() AT TIME ZONE 'UTC');
                END IF;
                RETURN NEW;
            END $$""",
        f"DROP TRIGGER IF EXISTS verantwoording_guard ON {s}.activities",
        f"""CREATE TRIGGER verantwoording_guard BEFORE UPDATE ON {s}.activities
            FOR EACH ROW EXECUTE FUNCTION {s}.verantwoording_guard_activity()""",
        # -- authors and times recorded by the server --------------------------------------------------
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_stamp_version() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN
                IF {s}.verantwoording_is_member() THEN
                    NEW.author := session_user;
                    NEW.at := date_trunc('second', now() AT TIME ZONE 'UTC');
                END IF;
                RETURN NEW;
            END $$""",
        f"DROP TRIGGER IF EXISTS verantwoording_stamp ON {s}.versions",
        f"""CREATE TRIGGER verantwoording_stamp BEFORE INSERT ON {s}.versions
            FOR EACH ROW EXECUTE FUNCTION {s}.verantwoording_stamp_version()""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_stamp_remark() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN
                IF {s}.verantwoording_is_member() AND NOT {s}.verantwoording_is_coordinator() THEN
                    NEW.author := session_user;  -- a coordinator may add an officer's remark from a package
                    NEW.created_at := date_trunc('second', now() AT TIME ZONE 'UTC');
                END IF;
                RETURN NEW;
            END $$""",
        f"DROP TRIGGER IF EXISTS verantwoording_stamp ON {s}.remarks",
        f"""CREATE TRIGGER verantwoording_stamp BEFORE INSERT ON {s}.remarks
            FOR EACH ROW EXECUTE FUNCTION {s}.verantwoording_stamp_remark()""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_stamp_resolution() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN
                IF {s}.verantwoording_is_member() AND NEW.resolution IS DISTINCT FROM OLD.resolution THEN
                    NEW.resolved_by := session_user;
                    NEW.resolved_at := date_trunc('second', now() AT TIME ZONE 'UTC');
                END IF;
                RETURN NEW;
            END $$""",
        f"DROP TRIGGER IF EXISTS verantwoording_stamp ON {s}.conflicts",
        f"""CREATE TRIGGER verantwoording_stamp BEFORE UPDATE ON {s}.conflicts
            FOR EACH ROW EXECUTE FUNCTION {s}.verantwoording_stamp_resolution()""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_stamp_created() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN
                IF {s}.verantwoording_is_member() THEN
                    NEW.created_at := date_trunc('second', now() AT TIME ZONE 'UTC');
                END IF;
                RETURN NEW;
            END $$""",
        *[statement for table in CREATED_AT_TABLES for statement in (
            f"DROP TRIGGER IF EXISTS verantwoording_created ON {s}.{table}",
            f"""CREATE TRIGGER verantwoording_created BEFORE INSERT ON {s}.{table}
                FOR EACH ROW EXECUTE FUNCTION {s}.verantwoording_stamp_created()""")],
        # -- announcements: LISTEN verantwoording ----------------------------------------------------
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_announce_activity() RETURNS trigger
            LANGUAGE plpgsql AS $$ DECLARE
                target text;
            BEGIN
                IF TG_TABLE_NAME = 'activities' THEN
                    target := NEW.id;
                ELSIF TG_OP = 'DELETE' THEN
                    target := OLD.activity_id;
                ELSE
                    target := NEW.activity_id;
                END IF;
                PERFORM pg_notify('{CHANNEL}', json_build_object('kind', 'activity', 'id', target,
                    'by', session_user)::text);
                RETURN NULL;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_announce_table() RETURNS trigger
            LANGUAGE plpgsql AS $$ BEGIN
                PERFORM pg_notify('{CHANNEL}', json_build_object('kind',
                    CASE TG_TABLE_NAME WHEN 'conflicts' THEN 'conflicts' WHEN 'presence' THEN 'presence'
                        WHEN 'people' THEN 'people' ELSE 'structure' END,
                    'table', TG_TABLE_NAME, 'by', session_user)::text);
                RETURN NULL;
            END $$""",
    ]
    sql += _chapter_guards(s)
    sql += _announce_triggers(s)
    sql += _grants_and_policies(s, kengetallen)
    sql += [
        # search: the Dutch full-text configuration over title and texts (store.search), computed once per
        # save into a column of the server's own (the app's tables do not know it) and indexed
        f"""ALTER TABLE {s}.activities ADD COLUMN IF NOT EXISTS search_nl tsvector GENERATED ALWAYS AS
            (to_tsvector('dutch', coalesce(title, '') || ' ' || coalesce(plan, '') || ' '
                         || coalesce(realisation, ''))) STORED""",
        f"CREATE INDEX IF NOT EXISTS activities_search_nl ON {s}.activities USING gin (search_nl)",
        # ... kept in the row (MAIN, not out of line in TOAST: a search reads it for every candidate row and
        # ranks by it, and fetching it from TOAST made that 3-4 times slower); rows written before: rewritten
        # once, without announcing (nothing changes for anyone) and without the guard (nothing is decided)
        f"""DO $$ BEGIN
            IF (SELECT attstorage FROM pg_attribute WHERE attrelid = '{s}.activities'::regclass
                    AND attname = 'search_nl') <> 'm' THEN
                ALTER TABLE {s}.activities ALTER COLUMN search_nl SET STORAGE MAIN;
                ALTER TABLE {s}.activities DISABLE TRIGGER USER;
                UPDATE {s}.activities SET title = title;
                ALTER TABLE {s}.activities ENABLE TRIGGER USER;
            END IF; END $$""",
        f"ANALYZE {s}.activities",
        f"""INSERT INTO {s}.verantwoording_meta(key, value) VALUES ('server_layer', '{LAYER_VERSION}')
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value""",
    ]
    return sql


def _chapter_guards(s: str) -> list[str]:
    """The programme chapter (migration 0008) as ``domain.policy`` says: ``can_explain``/``can_edit_effect`` (an
    officer changes the texts of their own explanations and effect texts), ``can_edit_chapter`` (the rest is the
    coordinator's), and nothing of it in a vastgesteld document."""
    whats = " ".join(f"WHEN '{table}' THEN '{what}'" for table, what in CHAPTER_TABLES.items())
    sql = [f"""CREATE OR REPLACE FUNCTION {s}.verantwoording_guard_chapter() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
            what text := CASE TG_TABLE_NAME {whats} ELSE TG_TABLE_NAME END;
        BEGIN
            IF NOT {s}.verantwoording_is_member() THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;  -- the administrator
            END IF;
            -- a programme or document removed (a cascade, a trigger deeper) takes its chapter rows along
            IF pg_trigger_depth() = 1 AND {s}.verantwoording_document_locked(row_data ->> 'programme_id',
                                                                           row_data ->> 'document_id') THEN
                PERFORM {s}.verantwoording_refuse('policy.document_locked', what, 'Het document is vastgesteld.');
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ({_quote_list(CHAPTER_OWNED)}) THEN
                IF NOT {s}.verantwoording_is_coordinator() AND NOT {s}.verantwoording_owns(OLD.owner) THEN
                    PERFORM {s}.verantwoording_refuse('policy.chapter_not_own', what,
                        'U mag alleen uw eigen teksten wijzigen.');
                END IF;
                IF (to_jsonb(NEW) - ARRAY['revision', 'updated_at', 'updated_by'])
                        IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['revision', 'updated_at', 'updated_by']) THEN
                    IF NEW.revision <= OLD.revision THEN
                        PERFORM {s}.verantwoording_stale(what);
                    END IF;
                    NEW.updated_by := session_user;
                    NEW.updated_at := date_trunc('second', now() AT TIME ZONE 'UTC');
                END IF;
            ELSIF TG_OP = 'INSERT' AND TG_TABLE_NAME IN ({_quote_list(CHAPTER_OWNED)}) THEN
                NEW.updated_by := session_user;
                NEW.updated_at := date_trunc('second', now() AT TIME ZONE 'UTC');
            END IF;
            RETURN NEW;
        END $$"""]
    for table in CHAPTER_TABLES:
        sql += [
            f"DROP TRIGGER IF EXISTS verantwoording_guard ON {s}.{table}",
            f"""CREATE TRIGGER verantwoording_guard BEFORE INSERT OR UPDATE OR DELETE ON {s}.{table}
                FOR EACH ROW EXECUTE FUNCTION {s}.verantwoording_guard_chapter()""",
        ]
    return sql


def _announce_triggers(s: str) -> list[str]:
    sql: list[str] = []
    for table in ("activities", "key_figures", "remarks"):
        events = "UPDATE" if table == "activities" else "INSERT OR UPDATE OR DELETE"
        sql += [
            f"DROP TRIGGER IF EXISTS verantwoording_announce ON {s}.{table}",
            f"""CREATE TRIGGER verantwoording_announce AFTER {events} ON {s}.{table}
                FOR EACH ROW EXECUTE FUNCTION {s}.verantwoording_announce_activity()""",
        ]
    for table in ("documents", "programmes", "goals", "activities", "conflicts", "people", "presence"):
        events = "INSERT OR DELETE" if table == "activities" else "INSERT OR UPDATE OR DELETE"
        sql += [
            f"DROP TRIGGER IF EXISTS verantwoording_announce_table ON {s}.{table}",
            f"""CREATE TRIGGER verantwoording_announce_table AFTER {events} ON {s}.{table}
                FOR EACH STATEMENT EXECUTE FUNCTION {s}.verantwoording_announce_table()""",
        ]
    return sql


def _grants_and_policies(s: str, kengetallen: bool) -> list[str]:
    officer, coordinator = OFFICER_GROUP, COORDINATOR_GROUP
    team = f"{officer}, {coordinator}"
    # "(SELECT f())": evaluated once per statement (an InitPlan), not once per row
    member = f"(SELECT {s}.verantwoording_is_member())"
    is_coordinator = f"(SELECT {s}.verantwoording_is_coordinator())"
    tables = [*app_tables(), "alembic_version", "server_users", "presence"]
    sql = [
        f"REVOKE ALL ON {', '.join(f'{s}.{t}' for t in tables)} FROM PUBLIC, {team}",
        f"GRANT SELECT ON {', '.join(f'{s}.{t}' for t in tables)} TO {team}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {team}",
        f"GRANT INSERT ON {s}.versions TO {team}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {s}.presence TO {team}",
        f"GRANT UPDATE ({', '.join(officer_columns())}) ON {s}.activities TO {officer}",
        f"GRANT INSERT, UPDATE, DELETE ON {s}.remarks, {s}.conflicts, {s}.check_ignores TO {officer}",
    ]
    if kengetallen:
        sql.append(f"GRANT INSERT, UPDATE, DELETE ON {s}.key_figures TO {officer}")
    for table in CHAPTER_OWNED:
        sql.append(f"GRANT UPDATE ({', '.join(chapter_officer_columns(table))}) ON {s}.{table} TO {officer}")
    writable = [t for t in app_tables() if t not in APPEND_ONLY]
    sql.append(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(f'{s}.{t}' for t in writable)} TO {coordinator}")
    # drop our earlier policies, so a changed rule never leaves an old one behind
    sql.append(f"""DO $$ DECLARE p record; BEGIN
        FOR p IN SELECT policyname, tablename FROM pg_policies
                 WHERE schemaname = '{s.strip('"')}' AND policyname LIKE 'vw\\_%' LOOP
            EXECUTE format('DROP POLICY %I ON {s}.%I', p.policyname, p.tablename);
        END LOOP; END $$""")
    for table in [*app_tables(), "server_users", "presence"]:
        sql += [
            f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY vw_read ON {s}.{table} FOR SELECT TO {team} USING ({member})",
        ]
        if table in ("server_users", "presence"):
            continue
        if table in APPEND_ONLY:
            sql.append(f"CREATE POLICY vw_add ON {s}.{table} FOR INSERT TO {team} WITH CHECK ({member})")
            continue
        sql.append(f"CREATE POLICY vw_coordinator ON {s}.{table} FOR ALL TO {coordinator} "
                   f"USING ({is_coordinator}) WITH CHECK ({is_coordinator})")
    # an officer: the texts of their own activities (the guard trigger says why when it refuses; the
    # check here is the backstop that holds even without it: the owner column is not theirs to change)
    sql.append(f"CREATE POLICY vw_officer ON {s}.activities FOR UPDATE TO {officer} "
               f"USING ({member}) WITH CHECK ({s}.verantwoording_owns(owner))")
    for table in OFFICER_CHILD_TABLES:
        if table == "key_figures" and not kengetallen:
            continue
        unlocked = "true" if table == "key_figures" else "false"
        own = f"{s}.verantwoording_owns_activity(activity_id, {unlocked})"
        sql.append(f"CREATE POLICY vw_officer ON {s}.{table} FOR ALL TO {officer} USING ({own}) WITH CHECK ({own})")
    for table in CHAPTER_OWNED:  # the guard trigger says why it refuses; this is the backstop
        sql.append(f"CREATE POLICY vw_officer ON {s}.{table} FOR UPDATE TO {officer} "
                   f"USING ({member}) WITH CHECK ({s}.verantwoording_owns(owner))")
    sql.append(f"CREATE POLICY vw_own ON {s}.presence FOR ALL TO {team} "
               f"USING (login = session_user) WITH CHECK (login = session_user AND {member})")
    return sql

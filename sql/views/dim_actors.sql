-- dim_actors: One row per canonical actor (person, organisation, IGO, country, group, or a country's sector such as Russia's military) that any run found acting in an article.
-- actor_id: Stable id: the first 16 hex digits of SHA-256 over actor_key, so reruns and later runs give the same id.
-- actor_key: The dictionary key (VLADIMIR_PUTIN, NATO), a sector key (RUS_MIL), or UNKNOWN_PERSON:/UNKNOWN_ORGANIZATION: plus the name for actors the dictionary lacks.
-- name: Display name.
-- actor_type: person, organization, igo, country, group, or sector (a country's sector the text names, such as "Russian troops" or "the Kremlin": Russia (MIL), Russia (GOV)).
-- country_code: ISO 3166 alpha-3 country (IGOs have their own code: NATO, EUR, UNO); for unknown actors, the country their title gives, else null.
-- role: CAMEO sector of the actor's code (GOV, MIL, DIP, IGO, ...), or the role the title of an unknown actor gives; from the same run as cameo_code.
-- cameo_code: The actor's CAMEO code in the run with the latest article that named it: the code most of that run's mentions carry, then the latest article's (an office holder's code depends on the date; each mention keeps its own in fct_actor_mentions).
-- aliases: Names the dictionary knows the actor by (empty for unknown actors).
-- is_known: True for dictionary actors, false for actors discovered in the text.
-- evidence: For unknown actors, the sentence that first named them; null for known ones.
-- mention_count: Mentions over all runs (latest version of each article).
-- first_seen_date: The earliest article date (published or inferred) on which the actor was mentioned; null when every article naming it is undated.
-- last_seen_date: The latest article date on which the actor was mentioned; null when every article naming it is undated.
with per_run as (
    select * from {{ source }}
),
mentions as (
    select actor_id, count(*) as mention_count
    from fct_actor_mentions
    group by actor_id
),
final as (
    select
        per_run.actor_id,
        arg_max(per_run.actor_key, per_run.run_date) as actor_key,
        arg_max(per_run.name, per_run.run_date) as name,
        arg_max(per_run.actor_type, per_run.run_date) as actor_type,
        arg_max(per_run.country_code, per_run.run_date) as country_code,
        arg_max(per_run.role, per_run.last_seen_date) as role,
        arg_max(per_run.cameo_code, per_run.last_seen_date) as cameo_code,
        arg_max(per_run.aliases, per_run.run_date) as aliases,
        bool_or(per_run.is_known) as is_known,
        min(per_run.evidence) as evidence,
        coalesce(any_value(mentions.mention_count), 0) as mention_count,
        min(per_run.first_seen_date) as first_seen_date,
        max(per_run.last_seen_date) as last_seen_date
    from per_run
    left join mentions on mentions.actor_id = per_run.actor_id
    group by per_run.actor_id
)
select * from final

-- fct_events: One row per real-world event: who did what to whom, when and where, counted once however many sentences, articles, sources and nights report it.
-- event_id: Stable id: SHA-256 (16 hex digits) of the mention that first reported it; later runs that report it again reuse it.
-- event_date: When it happened (or is to happen), from its best-dated report (the anchor); null when no report dates it; see date_precision and date_basis.
-- date_precision: day, week, month or year; unknown when event_date is null.
-- date_basis: What dated it, as in fct_event_mentions: sentence, article-lead, article-published, article-inferred or none (older runs: article, run-date).
-- actor1_id: The source actor; joins dim_actors.actor_id.
-- actor2_id: The target actor; joins dim_actors.actor_id; null when the action has none.
-- actor1_type: person, organization, igo, country, group, or sector (a country's sector the text names, such as "Russian troops" or "the Kremlin": Russia (MIL), Russia (GOV)).
-- actor1_country_code: The source's country (ISO 3166 alpha-3, or the IGO's code).
-- actor2_type: The target's type.
-- actor2_country_code: The target's country.
-- event_code: CAMEO event code as GDELT codes it (e.g. 040 consult, 0874 retreat, 1312 threaten with sanctions); joins dim_event_codes.event_code.
-- event_base_code: The three-digit CAMEO base code.
-- event_root_code: The two-digit CAMEO root code (01 statements ... 20 mass violence).
-- quad_class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (GDELT's QuadClass).
-- goldstein: The Goldstein scale value of the code, from -10 (most conflictual) to +10 (most cooperative).
-- plover_event: The PLOVER event category the code maps to (CAMEO2PLOVER-2021), or null.
-- location_name: Where it took place, from the first report that names a place.
-- location_country_code: ISO 3166 alpha-3 country of the location.
-- quantity: Troops or equipment tied to the event (the first report that gives a number).
-- quantity_unit: What quantity counts.
-- block_key: Internal: the dedup blocking key (root code and the actors' countries); events that could be the same share it.
-- status: The strongest status among its mentions: asserted beats claimed, which beats planned, then hypothetical, then negated. A planned meeting that a later report says took place is asserted.
-- num_mentions: Sentences reporting it, over all runs (latest version of each article).
-- num_articles: Distinct articles reporting it.
-- num_sources: Distinct outlets reporting it (the 'unknown' outlet counts once).
-- first_seen_run_date: The nightly run that first reported it.
with per_run as (
    select * from {{ source }}
),
events as (
    select * exclude (run_date), run_date as first_seen_run_date
    from per_run
    qualify row_number() over (partition by event_id order by run_date) = 1
),
mentions as (
    select
        event_id,
        min(case status
            when 'asserted' then 1 when 'claimed' then 2 when 'planned' then 3
            when 'hypothetical' then 4 else 5 end) as status_rank,
        count(*) as num_mentions,
        count(distinct article_id) as num_articles,
        count(distinct source_id) as num_sources,
        arg_min(location_name, sentence_no) filter (where location_name is not null) as any_location_name,
        arg_min(location_country_code, sentence_no) filter (where location_name is not null) as any_location_country_code,
        arg_min(quantity, sentence_no) filter (where quantity is not null) as any_quantity,
        arg_min(quantity_unit, sentence_no) filter (where quantity is not null) as any_quantity_unit
    from fct_event_mentions
    group by event_id
),
final as (
    select
        events.event_id,
        events.event_date,
        events.date_precision,
        events.date_basis,
        events.actor1_id,
        events.actor2_id,
        events.actor1_type,
        events.actor1_country_code,
        events.actor2_type,
        events.actor2_country_code,
        events.event_code,
        events.event_base_code,
        events.event_root_code,
        events.quad_class,
        events.goldstein,
        events.plover_event,
        coalesce(events.location_name, mentions.any_location_name) as location_name,
        coalesce(events.location_country_code, mentions.any_location_country_code) as location_country_code,
        coalesce(events.quantity, mentions.any_quantity) as quantity,
        coalesce(events.quantity_unit, mentions.any_quantity_unit) as quantity_unit,
        events.block_key,
        case mentions.status_rank
            when 1 then 'asserted' when 2 then 'claimed' when 3 then 'planned'
            when 4 then 'hypothetical' else 'negated' end as status,
        coalesce(mentions.num_mentions, 0) as num_mentions,
        coalesce(mentions.num_articles, 0) as num_articles,
        coalesce(mentions.num_sources, 0) as num_sources,
        events.first_seen_run_date
    from events
    left join mentions on mentions.event_id = events.event_id
)
select * from final

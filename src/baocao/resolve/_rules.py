"""Load and validate the resolve vocabularies in ``resolve/data/`` (once per process).

Each YAML file is validated by a small pydantic model (a typo fails at load): see :mod:`baocao.extract._rules`.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Iterable, Literal, Optional, overload

import regex  # noqa: F401 - words_pattern's doctest uses it

from baocao.core.fold import fold
from baocao.core.rules import Strict, alternation, read_rule_file
from baocao.core.vocabulary import building
from baocao.resolve._key_rules import KeysFile

DATA = Path(__file__).with_name("data")
#: the user vocabulary these rules were built with (None: the bundled vocabulary only)
VOCABULARY = building()


class Base(Strict):
    words: list[str]
    label: str


class StatusWords(Strict):
    words: list[str]
    status: Literal["đạt", "vượt", "không đạt", "chưa đạt", "đạt và vượt"]


class TableColumn(Strict):
    words: list[str]
    role: Literal["value", "achievement"]
    framing: Optional[Literal["actual", "estimate", "target"]] = None


class IndicatorsFile(Strict):
    estimate: list[str]
    plan_done_verbs: list[str]
    strive_words: list[str]
    strive_effort_before: list[str]
    strive_effort_nouns: list[str]
    strive_effort_after: list[str]
    strive_past_words: list[str]
    strive_purpose_openers: list[str]
    plan_set_verbs: list[str]
    target: list[str]
    target_name_heads: list[str]
    target_name_tails: list[str]
    planned: list[str]
    lead_in_target: list[str]
    plan_period_leads: list[str]
    target_sections: list[str]
    section_result_openers: list[str]
    section_plan_words: list[str]
    article_marks: list[str]
    article_title_openers: list[str]
    article_budget_plans: list[str]
    target_list: list[str]
    target_paragraph_stops: list[str]
    reached_verbs: list[str]
    reach_modals: list[str]
    reach_modals_at_verb: list[str]
    short_of_plan_contrasts: list[str]
    short_of_plan_between: list[str]
    short_of_plan_only: list[str]
    short_of_plan_verbs: list[str]
    reached_objects: list[str]
    reached_determiners: list[str]
    reached_past: list[str]
    reached_following: list[str]
    duration_leads: list[str]
    adopt_verbs: list[str]
    duration_words: list[str]
    change_predicates: list[str]
    predicate_adverbs: list[str]
    predicate_manners: list[str]
    judgements: list[str]
    judged_levels: list[str]
    judged_predicates: list[str]
    judged_leads: list[str]
    carried_subject_openers: list[str]
    subject_places: list[str]
    zone_places: list[str]
    respectively_words: list[str]
    list_openers: list[str]
    achievement_verbs: list[str]
    bases: list[Base]
    base_prefixes: list[str]
    increase: list[str]
    decrease: list[str]
    averaging: list[str]
    yearly: list[str]
    yearly_kept_after: list[str]
    reaching_after_yearly: list[str]
    change_base_prefixes: list[str]
    change_bases: list[str]
    excess_verbs: list[str]
    excess_over: list[str]
    status: list[StatusWords]
    plan_reached_status: list[StatusWords]
    threshold_verbs: list[str]
    threshold_from: list[str]
    summary_reached: list[str]
    lead_fillers: list[str]
    start_fillers: list[str]
    end_fillers: list[str]
    opening_fillers: list[str]
    source_openers: list[str]
    totals_before_a_noun: list[str]
    subject_rates: list[str]
    subject_predicates: list[str]
    reaching_verbs: list[str]
    count_bounds: list[str]
    rate_verbs: list[str]
    rate_grades: list[str]
    comment_verbs: list[str]
    comment_grades: list[str]
    comment_openers: list[str]
    growth_nouns_before: list[str]
    growth_word_names: list[str]
    naming_actions: list[str]
    name_cuts: list[str]
    rank_cuts: list[str]
    target_cuts: list[str]
    industry_names: list[str]
    industry_prefixes: list[str]
    structure_heads: list[str]
    structure_parts: list[str]
    economy_structure_heads: list[str]
    subject_measure_heads: list[str]
    subject_measure_verbs: list[str]
    openers: dict[str, list[str]]
    comma_name_heads: list[str]
    reception_verbs: list[str]
    name_heads: list[str]
    head_cuts: list[str]
    anaphora_words: list[str]
    generic_anaphora_heads: list[str]
    anaphora_aspect_words: list[str]
    excluding_words: list[str]
    breakdown_labels: list[str]
    time_only: list[str]
    average_time_pers: list[str]
    level_after_change: list[str]
    topic_markers: list[str]
    comparatives: list[str]
    higher_comparatives: list[str]
    equal_words: list[str]
    now_words: list[str]
    now_clause_leads: list[str]
    now_adverb_verbs: list[str]
    now_adverb_not_after: list[str]
    now_adverb_not_before: list[str]
    term_period_leads: list[str]
    past_term_words: list[str]
    new_term_words: list[str]
    term_word_not_before: list[str]
    term_word_not_after: list[str]
    congress_words: list[str]
    plan_name_words: list[str]
    target_horizon_words: list[str]
    target_horizon_leads: list[str]
    event_year_words: list[str]
    own_sentence_leads: list[str]
    season_words: list[str]
    season_crop_words: list[str]
    this_month_words: list[str]
    month_base_words: list[str]
    to_date_words: list[str]
    this_year_words: list[str]
    years_back_words: list[str]
    years_back_count_tails: list[str]
    years_back_count_leads: list[str]
    years_back_counts: list[str]
    prior_result_words: list[str]
    citation_openers: list[str]
    year_review_words: list[str]
    year_review_not_after: list[str]
    year_review_not_before: list[str]
    months_so_far_leads: list[str]
    opener_leads: list[str]
    base_period_edges: list[str]
    cumulative_words: list[str]
    cumulative_balance_nouns: list[str]
    reached_leads: list[str]
    reached_plan_words: list[str]
    running_total_openers: list[str]
    period_opener_leads: list[str]
    period_opener_verbs: list[str]
    period_after_words: list[str]
    source_note_words: list[str]
    period_after_not_after: list[str]
    inherit_name_leads: list[str]
    compared_level_leads: list[str]
    contribution_wholes: list[str]
    action_verbs: list[str]
    per_one_leads: list[str]
    term_heading_targets: list[str]
    stock_after_words: list[str]
    stock_have_verbs: list[str]
    stock_have_bounds: list[str]
    stock_have_not_after: list[str]
    stock_have_flow_units: list[str]
    stock_item_leads: list[str]
    stock_item_not_words: list[str]
    term_heading_determiners: list[str]
    term_heading_results: list[str]
    actions_at_end: list[str]
    to_date_leads: list[str]
    year_start_words: list[str]
    stock_words: list[str]
    quarter_end_leads: list[str]
    stock_not_after: list[str]
    breakdown_openers: list[str]
    breakdown_framing_openers: list[str]
    growth_parts_openers: list[str]
    growth_sector_parts: list[str]
    growth_sector_heads: list[str]
    growth_sector_prefixes: list[str]
    economy_growth_names: list[str]
    title_estimate_words: list[str]
    clause_words: list[str]
    keep_at_start: list[str]
    keep_at_end: list[str]
    base_year_words: list[str]
    founding_words: list[str]
    country_words: list[str]
    national_product_words: dict[str, str]
    regional_product_words: list[str]
    crop_measures: dict[str, str]
    crop_words: list[str]
    crop_verbs: dict[str, str]
    place_prefixes: list[str]
    not_places: list[str]
    places_after_prefix: list[str]
    citation_pages: list[str]
    home_verbs: list[str]
    phrase_after_stops: list[str]
    phrase_after_rate_stops: list[str]
    phrase_after_number_stops: list[str]
    again_level_words: list[str]
    split_pairs: list[str]
    enumeration_judgements: list[str]
    enumeration_grades: list[str]
    phrase_after_target_stops: list[str]
    category_after_belonging: list[str]
    year_words: list[str]
    period_leads: list[str]
    period_nouns: list[str]
    count_units: list[str]
    list_intros: list[str]
    list_intro_not_before: list[str]
    counted_phrase_stops: list[str]
    bare_count_words: list[str]
    count_heads: list[str]
    making_verbs: list[str]
    reached_count_verbs: list[str]
    whole_verbs: list[str]
    and_count_verbs: list[str]
    summary_units: list[str]
    not_indicator_units: list[str]
    event_units: list[str]
    event_words: list[str]
    vote_verbs: list[str]
    vote_nouns: list[str]
    vote_words: list[str]
    committee_words: list[str]
    committee_verbs: list[str]
    people_units: list[str]
    event_nouns: list[str]
    event_sites_leads: list[str]
    performing_words: list[str]
    participation_leads: list[str]
    attendance_verbs: list[str]
    attendance_event_verbs: list[str]
    attendance_events: list[str]
    attendance_units: list[str]
    attendance_ends: list[str]
    attendance_stand_for: list[str]
    attendance_members: list[str]
    administrative_units: list[str]
    occasion_units: list[str]
    make_up_leads: list[str]
    make_up_labels: list[str]
    make_up_breakdown_leads: list[str]
    make_up_verbs: list[str]
    make_up_subject_words: list[str]
    make_up_subject_leads: list[str]
    make_up_parts_leads: list[str]
    make_up_wholes: list[str]
    make_up_qualified_units: list[str]
    make_up_qualifiers: list[str]
    set_bound_verbs: list[str]
    set_bound_leads: list[str]
    set_bound_not_counts: list[str]
    set_bound_not_measures: list[str]
    set_threshold_units: list[str]
    set_threshold_leads: list[str]
    set_threshold_verbs: list[str]
    set_threshold_bounds: list[str]
    set_threshold_ends: list[str]
    scope_prepositions: list[str]
    group_leads: list[str]
    merger_words: list[str]
    merger_links: list[str]
    season_names: list[str]
    breakdown_groups: list[str]
    vote_links: list[str]
    distance_leads: list[str]
    distance_verbs: list[str]
    distance_places: list[str]
    distance_not_after: list[str]
    distance_units: list[str]
    reward_words: list[str]
    worth_words: list[str]
    commended_units: list[str]
    commendation_words: list[str]
    gift_verbs: list[str]
    target_share_leads: list[str]
    target_share_nouns: list[str]
    target_share_not_after: list[str]
    plan_share_verbs: list[str]
    single_unit_nouns: list[str]
    single_unit_words: int
    single_unit_plurals: list[str]
    single_unit_not_names: list[str]
    single_unit_not_between: list[str]
    work_nouns: list[str]
    work_words: int
    work_not_between: list[str]
    work_not_names: list[str]
    work_cost_leads: list[str]
    work_size_leads: list[str]
    work_size_units: list[str]
    growth_frame_leads: list[str]
    growth_frame_wholes: list[str]
    growth_frame_after: list[str]
    restated_area_units: list[str]
    restated_unit_words: list[str]
    compared_areas: list[str]
    added_words: list[str]
    raised_total_leads: list[str]
    average_words: list[str]
    caption_credits: list[str]
    caption_illustration_notes: list[str]
    caption_sources: list[str]
    rank_words: list[str]
    from_words: list[str]
    to_words: list[str]
    change_from_verbs: list[str]
    level_from_verbs: list[str]
    up_change_verbs: list[str]
    down_change_verbs: list[str]
    points_units: list[str]
    total_words: list[str]
    compared_levels: list[str]
    up_to_words: list[str]
    down_to_words: list[str]
    multiple_words: list[str]
    plan_fraction_units: list[str]
    plan_words: list[str]
    plan_status_words: list[str]
    plan_base_status_words: list[str]
    plan_aside_words: list[str]
    plan_only_words: list[str]
    max_name_words: int
    table_columns: list[TableColumn]


class ReportType(Strict):
    type: str
    within: int
    cues: list[str]


class MetadataFile(Strict):
    report_types: list[ReportType]
    date_cues: list[str]
    date_within: int
    district_words: list[str]
    commune_body_words: list[str]
    event_date_words: list[str]
    instrument_words: list[str]


class MeasuresFile(Strict):
    share_verbs: list[str]
    share_names: list[str]
    rate_names: list[str]
    growth_names: list[str]
    growth_leads: list[str]
    output_names: list[str]
    level_reached: list[str]
    rate_reached: list[str]
    plan_amounts: list[str]
    revenue_amounts: list[str]
    revenue_not_amounts: list[str]
    gap_years: list[str]
    gap_terms: list[str]
    gap_reach: list[str]


_MODELS: dict[str, type[Strict]] = {"measures": MeasuresFile, "indicators": IndicatorsFile,
                                     "indicator_keys": KeysFile, "metadata": MetadataFile}


@overload
def load(name: Literal["measures"]) -> MeasuresFile: ...
@overload
def load(name: Literal["indicators"]) -> IndicatorsFile: ...
@overload
def load(name: Literal["indicator_keys"]) -> KeysFile: ...
@overload
def load(name: Literal["metadata"]) -> MetadataFile: ...


@cache
def load(name: str) -> Strict:
    """Return the validated contents of ``data/<name>.yaml`` (the keys with those of
    :data:`VOCABULARY`).

    >>> load("indicators").averaging
    ['bình quân', 'trung bình']
    """
    rules: Strict = read_rule_file(DATA / f"{name}.yaml", _MODELS[name],   # an instance of the model
                                   VOCABULARY.additions(name) if VOCABULARY else None)
    return rules


def words_pattern(words: Iterable[str]) -> str:
    """Regex alternation of folded ``words``, longest first, as whole words (for folded text).

    >>> regex.search(words_pattern(["ước", "ước đạt"]), fold("Ước đạt 5%")).group()
    'uoc dat'
    """
    body = alternation(words, gap=r"[ \u00a0]+", transform=fold)
    return rf"(?<![\p{{L}}\p{{N}}]){body}(?![\p{{L}}\p{{N}}])"


def target_words_pattern(words: Iterable[str]) -> str:
    """:func:`words_pattern` of target ``words`` that are not inside a name: not after one of
    ``target_name_heads`` nor before one of ``target_name_tails`` (``Chương trình mục tiêu quốc gia``,
    ``kế hoạch vốn``). The look-behind reads before a search's start position.

    >>> p = regex.compile(target_words_pattern(["mục tiêu", "kế hoạch"]))
    >>> [bool(p.search(fold(t))) for t in ("Chương trình mục tiêu", "mục tiêu quốc gia", "theo kế hoạch vốn",
    ...                                     "mục tiêu năm 2025", "kế hoạch đề ra")]
    [False, False, False, True, True]
    """
    rules = load("indicators")
    heads = alternation(rules.target_name_heads, gap=r"[ \u00a0]+", transform=fold)
    tails = alternation(rules.target_name_tails, gap=r"[ \u00a0]+", transform=fold)
    return (rf"(?<!(?<![\p{{L}}\p{{N}}]){heads}[ \u00a0]+){words_pattern(words)}"
            rf"(?![ \u00a0]+{tails}(?![\p{{L}}\p{{N}}]))")

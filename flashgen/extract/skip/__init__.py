"""Recognisers of what is never a card: layout, navigation, indexes of notes, credits,
when-and-who metadata, to-do lists, plans of study, unanswered questions.

Each is a predicate on one block or section; a match is dropped before any item rule
or the heading's own answer sees it. One module per kind of thing that is not a card.
"""

from flashgen.extract.skip.boilerplate import is_boilerplate_section
from flashgen.extract.skip.indexes import (
    is_link_lines,
    is_link_list,
    is_link_table,
    is_note_titles,
    is_notebook_index,
    is_resource_list,
    is_todo_list,
)
from flashgen.extract.skip.layout import (
    is_avatars,
    is_badges,
    is_footnote_definition,
    is_html_links,
    is_layout,
)
from flashgen.extract.skip.material import (
    is_advert,
    is_not_study_text,
    is_pay_data,
    is_pay_table,
    is_sample_speech,
    is_sample_to_fill_in,
    is_screenshot_steps,
    sells,
)
from flashgen.extract.skip.meta import (
    describes_the_page,
    introduces_the_page,
    is_about_the_repository,
    is_attribution,
    is_chat_leftover,
    is_contact_line,
    is_feedback_request,
    is_meta_lines,
    is_notice,
    is_said_to_the_reader,
    reviews_the_note,
)
from flashgen.extract.skip.navigation import (
    is_navigation,
    is_note_link,
    is_pointer,
    is_table_of_contents,
    is_toc_entry,
    without_trailing_pointers,
)
from flashgen.extract.skip.plans import (
    is_entry_of_plan,
    is_grab_bag_of_topics,
    is_plan_contents,
    is_plan_period,
    is_plan_table,
    is_practice_week,
    is_topic_list,
    plans_study,
    studied,
)
from flashgen.extract.skip.questions import asks, is_question_section, is_unanswered_questions
from flashgen.extract.skip.substance import has_substance, is_reading_list, only_repeats_the_front

__all__ = [
    "describes_the_page",
    "is_not_study_text",
    "sells",
    "is_screenshot_steps",
    "is_sample_speech",
    "is_sample_to_fill_in",
    "is_pay_table",
    "is_pay_data",
    "is_plan_period",
    "is_plan_table",
    "is_practice_week",
    "is_topic_list",
    "plans_study",
    "studied",
    "is_grab_bag_of_topics",
    "is_entry_of_plan",
    "is_plan_contents",
    "is_advert",
    "asks",
    "has_substance",
    "introduces_the_page",
    "is_about_the_repository",
    "is_attribution",
    "is_avatars",
    "is_badges",
    "is_boilerplate_section",
    "is_feedback_request",
    "is_chat_leftover",
    "is_contact_line",
    "is_notice",
    "is_said_to_the_reader",
    "is_footnote_definition",
    "is_html_links",
    "is_layout",
    "is_link_lines",
    "is_link_list",
    "is_link_table",
    "is_meta_lines",
    "is_navigation",
    "is_note_link",
    "is_note_titles",
    "is_notebook_index",
    "is_pointer",
    "is_question_section",
    "is_reading_list",
    "is_resource_list",
    "is_table_of_contents",
    "is_toc_entry",
    "is_todo_list",
    "is_unanswered_questions",
    "only_repeats_the_front",
    "reviews_the_note",
    "without_trailing_pointers",
]

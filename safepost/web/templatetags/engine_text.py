"""Template filters for the engine's words: ``{% load engine_text %}`` then
``{{ f.message|say }}``, ``{{ f.severity|severity_word }}``, ``{{ verdict|verdict_word }}``,
``{{ f.rule|rule_title }}``."""

from __future__ import annotations

from django import template

from safepost.web import engine_text

register = template.Library()

register.filter("say", engine_text.say)
register.filter("severity_word", engine_text.severity_word)
register.filter("verdict_word", engine_text.verdict_word)
register.filter("rule_title", engine_text.rule_title)
register.filter("category_word", engine_text.category_word)
register.filter("evidence_words", engine_text.evidence_words)
register.filter("source_words", engine_text.source_words)
register.filter("question_text", engine_text.question_text)
register.filter("clause_words", engine_text.clause_words)

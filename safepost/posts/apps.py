from __future__ import annotations

from django.apps import AppConfig


class PostsConfig(AppConfig):
    name = "safepost.posts"
    label = "posts"
    default_auto_field = "django.db.models.BigAutoField"

"""The Django project: settings, URLs, WSGI entry point and the helpers the web commands share."""

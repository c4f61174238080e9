"""Training data and pipeline for the post rules' learned model (``python -m training.posts``)."""

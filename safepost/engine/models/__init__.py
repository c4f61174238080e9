"""Learned text models the post rules consult beside their lexicons (scored in pure Python)."""

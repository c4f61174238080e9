"""Staff compliance: policy versions and acknowledgements, training, declarations, joining and
leaving checklists, policy reviews, and the reminders that keep them current (issue 12 item 5)."""

"""My start page and the network overview (issue 11): what waits for a user, and for coordinators the network's
numbers in pictures. Every count is asked through partners/visibility.py, aggregated in the database."""

"""Related papers and For You in the window."""

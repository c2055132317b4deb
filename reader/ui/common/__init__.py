"""What every room of the window uses: workers, settings, theme, resources, links, thumbnails."""

"""The date sidebar: smart views, years, months and days, with counts and progress rings."""

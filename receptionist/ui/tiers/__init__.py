"""The tiers window (results, movements, suggestions, about) and its desk entry."""

# The modules a release publishes and those it does not, for the release scripts (sourced, not run).
# The root pom says the same twice more: the unpublished modules skip sources, Javadoc and deploy,
# and the central profile excludes them.
PUBLISHED_MODULES=(interview-model interview-parser interview-export interview-batch interview-cli interview-icu)
UNPUBLISHED_MODULES=(examples benchmarks evaluation)

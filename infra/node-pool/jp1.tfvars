# Desired node count of region jp1. Created by render at the pool's min; owned by
# autoscale-propose from then on (render never rewrites it).
node_count = 3

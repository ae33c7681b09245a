"""Partner Desk benchmark: figures as ratios against baselines measured in the same run."""

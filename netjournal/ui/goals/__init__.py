"""The Goals tab: goals and who shares them."""

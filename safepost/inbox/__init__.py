"""The comment inbox: every comment answered on time, abuse gone quickly, a disclosure with the DSL at once."""

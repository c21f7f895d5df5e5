OLD_MODEL = "llama2:13b"  # switchyard-ignore: retired in 2024, kept for the migration script

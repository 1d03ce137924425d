"""Mask e-mail addresses and phone numbers in newsclean documents."""

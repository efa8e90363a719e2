from django.core.management.base import BaseCommand

from demo.mentions import demo_seed_supervisors
from demo.seed import demo_seed


class Command(BaseCommand):
    help = "Load the demo force, LPT accounts and users (idempotent; prints new passwords once)."

    def handle(self, *args, **options):
        created = demo_seed()
        demo_seed_supervisors()
        if not created:
            self.stdout.write("Demo data already present; passwords were printed when created.")
            return
        self.stdout.write(self.style.SUCCESS("Demo logins (shown once, keep them):"))
        for login in created:
            self.stdout.write(f"  {login.role:<8} {login.username:<10} {login.password}")

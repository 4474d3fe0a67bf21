## Reference data
country-dk = Denmark
country-ee = Estonia
country-fi = Finland
country-de = Germany
country-lv = Latvia
country-lt = Lithuania
country-no = Norway
country-se = Sweden
body-type-central-government = Central government authority
body-type-regional-local = Regional or local authority
body-type-public-law-body = Body governed by public law
body-type-utility = Utility (water, energy, transport, postal services)

// The words the listings generator draws from: employers, roles per category, places, skills,
// and the sentences job descriptions are made of. Shapes and spellings follow real feeds
// (including their inconsistencies: `Back-End`, `on-site`, `Node.js` next to `nodejs`).

/** Large employers that post far more than the long tail; they head the company ranking. */
// prettier-ignore
export const BIG_EMPLOYERS = [
  'Amazon', 'Google', 'Microsoft', 'Oracle', 'TikTok', 'Meta', 'Apple', 'IBM', 'Salesforce',
  'Capital One', 'JPMorgan Chase', 'Deloitte', 'Accenture', 'Stripe', 'Shopify', 'Uber', 'Netflix',
  'Adobe', 'Intuit', 'Cisco', 'SAP', 'Booking.com', 'Zalando', 'Spotify', 'Revolut', 'N26',
  'Datadog', 'Cloudflare', 'Atlassian', 'Airbnb', 'DoorDash', 'Walmart Global Tech', 'Infosys',
  'Tata Consultancy Services', 'Wipro', 'Indium Software', 'Société Générale', 'Siemens', 'Bosch',
  'Nubank'
]

/** Company names of the long tail are one word of each list: `Nimbus Analytics`. */
// prettier-ignore
export const COMPANY_FIRST_WORDS = [
  'Acme', 'Nimbus', 'Blue', 'Quantum', 'Silver', 'North', 'Bright', 'Iron', 'Green', 'Red', 'Polar',
  'Atlas', 'Vertex', 'Nova', 'Summit', 'Pixel', 'Cedar', 'Harbor', 'Orbit', 'Lumen', 'Falcon',
  'Maple', 'Granite', 'Echo', 'Delta', 'Sierra', 'Crimson', 'Golden', 'Swift', 'Clear', 'Open',
  'Deep', 'Bold', 'Prime', 'True', 'Rapid', 'Smart', 'Urban', 'Pacific', 'Alpine', 'Coral',
  'Stellar', 'Zen', 'Hyper', 'Meta', 'Ember', 'Aurora', 'Cobalt', 'Indigo', 'Onyx', 'Sage', 'Tidal',
  'Velvet', 'Willow', 'Zephyr', 'Kinetic', 'Lattice', 'Mosaic', 'Nexus', 'Opal', 'Prism', 'Radiant',
  'Signal', 'Terra', 'Unity', 'Vivid', 'Wave', 'Apex', 'Beacon', 'Cascade', 'Drift', 'Fjord',
  'Grove', 'Helix', 'Ivory', 'Juniper', 'Keystone', 'Lunar', 'Mint', 'Noble'
]

// prettier-ignore
export const COMPANY_SECOND_WORDS = [
  'Labs', 'Systems', 'Technologies', 'Health', 'Bank', 'AI', 'Software', 'Analytics', 'Group',
  'Inc.', 'Networks', 'Cloud', 'Robotics', 'Energy', 'Logistics', 'Media', 'Games', 'Security',
  'Payments', 'Insurance', 'Capital', 'Foods', 'Mobility', 'Bio', 'Data', 'Digital', 'Studio',
  'Solutions', 'Partners', 'Dynamics', 'Works', 'Ventures', 'Commerce', 'Learning', 'Travel',
  'Motors', 'Retail', 'Telecom', 'Pharma', 'Markets', 'GmbH', 'Ltd', 'S.A.', 'LLC', '& Co.',
  'Interactive', 'Devices', 'Finance', 'Hub', 'Collective'
]

/** Share of listings in each category, and the role names its titles are built from. */
// prettier-ignore
export const CATEGORIES = [
  {
    name: 'software-engineering',
    weight: 22,
    roles: [
      'Software Engineer', 'Software Developer', 'Software Engineer II',
      'Member of Technical Staff', 'Application Developer', 'C# Developer', 'C++ Engineer',
      'Software Development Engineer'
    ],
    skills: ['java', 'python', 'c#', 'c++', 'go', 'typescript', 'aws', 'sql', 'git', 'docker']
  },
  {
    name: 'backend',
    weight: 15,
    roles: [
      'Backend Engineer', 'Backend Developer', 'Back-End Developer', 'Back End Engineer',
      'Software Engineer, Backend', 'Backend Software Engineer', 'Java Backend Developer',
      'Python Backend Engineer', 'Node.js Backend Developer', 'Golang Backend Engineer',
      'API Engineer', 'Backend Engineer (Payments)'
    ],
    skills: [
      'java', 'python', 'Node.js', 'golang', 'postgres', 'kafka', 'redis', 'aws', 'docker', 'k8s',
      'api', 'microservices', 'spring', 'django'
    ]
  },
  {
    name: 'frontend',
    weight: 10,
    roles: [
      'Frontend Engineer', 'Front-End Developer', 'Frontend Developer', 'React Developer',
      'UI Engineer', 'Frontend Developer (Vue)', 'Angular Developer', 'Web Developer'
    ],
    skills: [
      'react', 'typescript', 'javascript', 'vue', 'angular', 'css', 'html', 'next.js', 'graphql',
      'webpack'
    ]
  },
  {
    name: 'full-stack',
    weight: 10,
    roles: [
      'Full Stack Developer', 'Full-Stack Engineer', 'Fullstack Software Engineer',
      'MERN Stack Developer', 'Full Stack Engineer (React/Node)', 'Full-Stack Web Developer'
    ],
    skills: [
      'react', 'node', 'typescript', 'postgresql', 'mongodb', 'aws', 'graphql', 'docker',
      'ruby on rails', 'php'
    ]
  },
  {
    name: 'data',
    weight: 14,
    roles: [
      'Data Engineer', 'Data Analyst', 'Analytics Engineer', 'Data Scientist', 'BI Developer',
      'Business Intelligence Analyst', 'Big Data Engineer', 'Data Platform Engineer'
    ],
    skills: [
      'sql', 'python', 'spark', 'airflow', 'dbt', 'snowflake', 'tableau', 'power bi', 'bigquery',
      'kafka'
    ]
  },
  {
    name: 'devops',
    weight: 8,
    roles: [
      'DevOps Engineer', 'Site Reliability Engineer', 'Platform Engineer', 'Cloud Engineer',
      'Infrastructure Engineer', 'SRE', 'DevSecOps Engineer'
    ],
    skills: [
      'kubernetes', 'k8s', 'terraform', 'aws', 'azure', 'gcp', 'docker', 'ansible', 'linux',
      'prometheus'
    ]
  },
  {
    name: 'mobile',
    weight: 6,
    roles: [
      'iOS Developer', 'Android Engineer', 'Mobile Developer', 'React Native Developer',
      'Flutter Developer', 'Mobile Engineer (iOS/Android)'
    ],
    skills: [
      'swift', 'kotlin', 'react native', 'flutter', 'dart', 'objective-c', 'java', 'firebase'
    ]
  },
  {
    name: 'ml',
    weight: 8,
    roles: [
      'Machine Learning Engineer', 'ML Engineer', 'AI Engineer', 'Applied Scientist',
      'MLOps Engineer', 'NLP Engineer', 'Computer Vision Engineer', 'Research Engineer, LLMs'
    ],
    skills: [
      'python', 'pytorch', 'tensorflow', 'llm', 'mlops', 'spark', 'sql', 'kubernetes', 'aws',
      'scikit-learn'
    ]
  },
  {
    name: 'security',
    weight: 3,
    roles: [
      'Security Engineer', 'Application Security Engineer', 'Cloud Security Engineer',
      'Penetration Tester'
    ],
    skills: ['python', 'aws', 'linux', 'siem', 'kubernetes', 'go']
  },
  {
    name: 'qa',
    weight: 4,
    roles: ['QA Engineer', 'SDET', 'Test Automation Engineer', 'Quality Assurance Analyst'],
    skills: ['selenium', 'cypress', 'playwright', 'java', 'python', 'javascript']
  }
]

/** Title prefixes, weighted: most titles have none. */
export const SENIORITIES = [
  ['', 40],
  ['Senior ', 25],
  ['Sr. ', 5],
  ['Junior ', 6],
  ['Lead ', 5],
  ['Staff ', 5],
  ['Principal ', 3],
  ['Mid-Level ', 4],
  ['Entry Level ', 3],
  ['Remote ', 4]
]

/** Title endings, weighted: most titles have none; some carry Markdown-significant characters. */
export const TITLE_SUFFIXES = [
  ['', 70],
  [' - Remote', 5],
  [' (Remote)', 4],
  [' (Hybrid)', 3],
  [' II', 3],
  [' III', 2],
  [', Payments', 2],
  [' - Contract', 3],
  [' | Fintech', 2],
  [' *Urgent*', 1],
  [' [12 months]', 1],
  [' – Platform Team', 2],
  [' <Cloud>', 1],
  [' (m/w/d)', 2]
]

// prettier-ignore
export const CITIES = [
  'San Francisco, CA', 'New York, NY', 'Seattle, WA', 'Austin, TX', 'Boston, MA', 'Chicago, IL',
  'Los Angeles, CA', 'Denver, CO', 'Atlanta, GA', 'Arlington, VA', 'McLean, VA', 'Plano, TX',
  'Raleigh, NC', 'Miami, FL', 'Portland, OR', 'San Diego, CA', 'Salt Lake City, UT',
  'Toronto, ON, Canada', 'Toronto, Ontario', 'Vancouver, BC', 'Montréal, QC', 'London, UK',
  'London, England, United Kingdom', 'Manchester, UK', 'Dublin, Ireland', 'Berlin, Germany',
  'München, Germany', 'Hamburg, Germany', 'DE Ulm, Remote, 100 % Home-Office',
  'Amsterdam, NH, Netherlands', 'Rotterdam, Zuid-Holland, Netherlands', 'Paris (FR)',
  'Lyon, France', 'Barcelona - Cataluña', 'Madrid, Spain', 'Lisboa, Portugal',
  'Carcavelos, Lisbon, Portugal', 'Zürich, Switzerland', 'Stockholm, Sweden', 'Sweden - Lund',
  'Helsinki; Oulu', 'Copenhagen, Denmark', 'Oslo, Norway', 'Warsaw, Poland', 'Kraków, Poland',
  'Prague, Czechia', 'Sofia, Bulgaria', 'Bucharest, Romania', 'Belgrade, Serbia',
  'Tel Aviv-Yafo, Tel Aviv District, IL', 'Ramat Gan, Tel Aviv District, IL', 'Dubai, UAE',
  'New Cairo, Egypt', 'Lagos, Nigeria', 'Nairobi, Kenya', 'Cape Town, South Africa',
  'Bangalore, KA, IN', 'Bengaluru, Karnataka, India', 'Hyderabad, India',
  'Pune, Maharashtra, India', 'Greater Delhi Area', 'Chennai, India', 'Singapore', 'Tokyo, Japan',
  'Seoul, South Korea', 'Shanghai, China', 'Hong Kong', 'Sydney, NSW, Australia',
  'Melbourne, Australia', 'Auckland, New Zealand', 'São Paulo, Brazil', 'Florianópolis, Brazil',
  'Buenos Aires, Argentina', 'Cordoba, Argentina', 'Santiago, Chile', 'Bogotá, Colombia',
  'Medellín, Colombia', 'Mexico City, Mexico', 'Monterrey, Mexico', 'Merida, Mexico',
  'San Isidro, Lima Province, Peru', 'Manila, Philippines', 'Ho Chi Minh City, Vietnam',
  'Jakarta, Indonesia', 'Kuala Lumpur, Malaysia'
]

// prettier-ignore
export const REMOTE_LOCATIONS = [
  'Remote', 'Remote - US', 'Remote (Eastern or Central time zones)', 'United States',
  'Remote, EMEA', 'Anywhere', 'Europe (Remote)', 'Belarus', 'Canada (Remote)', 'LATAM - Remote'
]

/** Spellings of the three work types a feed may use. */
export const WORK_TYPE_SPELLINGS = {
  remote: ['remote', 'Remote', 'REMOTE'],
  hybrid: ['hybrid', 'Hybrid'],
  on_site: ['on_site', 'On Site', 'on-site', 'ONSITE', 'onsite']
}

/** Skills that appear in any category, on top of the category's own. */
// prettier-ignore
export const COMMON_SKILLS = [
  'git', 'sql', 'aws', 'docker', 'ci/cd', 'agile', 'linux', 'rest', 'api', 'database'
]

/** Description sentences by section; `{company}`, `{role}`, `{skill}`, `{city}` are filled in. */
export const DESCRIPTION_SECTIONS = [
  {
    heading: 'About {company}',
    sentences: [
      '{company} builds software that millions of people rely on every day.',
      'We’re a team of engineers, designers and operators who care about craft and about each other.',
      'Founded in 2014, {company} has grown to more than 800 people across four continents.',
      'Our customers range from two-person startups to Fortune 500 companies.',
      'We are backed by leading investors and have been profitable for the last three years.',
      'At {company}, we believe great products come from small teams with real ownership.',
      'Our headquarters are in {city}, with hubs in London, Singapore and São Paulo.',
      'We move fast, but we write things down – design docs, postmortems and all.'
    ]
  },
  {
    heading: 'What you’ll do',
    sentences: [
      '• Design, build and operate services written in {skill}.',
      '• Own features end to end, from the first sketch to production monitoring.',
      '• Work closely with product managers and designers to shape the roadmap.',
      '• Improve the reliability and performance of systems that handle thousands of requests per second.',
      '• Review code, mentor other engineers and raise the bar for quality.',
      '• Migrate legacy components to {skill} without downtime.',
      '• Take part in an on-call rotation (one week in eight, compensated).',
      '• Write clear documentation and share what you learn with the wider team.',
      '• Build internal tools that make every {role} on the team more productive.'
    ]
  },
  {
    heading: 'What we’re looking for',
    sentences: [
      '• 3+ years of professional experience as a {role} or in a similar role.',
      '• Strong knowledge of {skill} and its ecosystem.',
      '• Hands-on experience with {skill} in production.',
      '• Familiarity with cloud platforms (AWS, GCP or Azure) and infrastructure as code.',
      '• Good understanding of relational databases and data modelling.',
      '• Excellent written and spoken English; German or Spanish is a plus.',
      '• A track record of shipping and iterating on user-facing products.',
      '• Comfortable with ambiguity & able to prioritise without being told.',
      '• Bonus: experience with {skill}, distributed systems or open-source contributions.'
    ]
  },
  {
    heading: 'Benefits',
    sentences: [
      '• Competitive salary and meaningful equity.',
      '• 30 days of paid vacation plus public holidays.',
      '• Flexible hours and a hybrid setup with an office in {city}.',
      '• A €1,500 yearly learning budget for books, courses and conferences.',
      '• Private health, dental and vision insurance for you and your family.',
      '• Parental leave of 16 weeks, fully paid.',
      '• A home-office stipend and the laptop of your choice.',
      '• Regular team offsites – last year we went to Lisbon.'
    ]
  }
]
